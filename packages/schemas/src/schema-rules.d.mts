/** A JSON Schema dialect both validation paths read. */
export type Dialect = '2020-12' | '2019-09' | 'draft-07';

/** The dialects both paths read, by `$schema` URI. */
export declare const dialects: Readonly<Record<string, Dialect>>;

/** The dialect both paths read a schema in: the one its `$schema` names, else 2020-12. */
export declare function dialectOf(schema: unknown): Dialect;

/** Why `pattern` cannot be used (not a string, invalid, or needs backtracking), or undefined when it can. */
export declare function patternFault(pattern: unknown): string | undefined;

/** What neither validation path will validate with: invalid or unsafe patterns. */
export declare function schemaFaults(schema: unknown): { at: string; message: string }[];
