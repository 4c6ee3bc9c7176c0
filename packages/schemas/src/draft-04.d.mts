/** The schema as both validation paths read it: a draft-04 schema as the draft-07 schema that means the same; any other as given. */
export declare function fromDraft04<T>(schema: T): T;
