/** The schema with each repeated subschema replaced by a `$ref` to one copy in `$defs` (see shared-subschemas.mjs). */
export declare function shareRepeatedSubschemas<T>(
  schema: T,
  options?: { dialect?: '2020-12' | '2019-09' | 'draft-07'; minLength?: number; references?: object[] },
): T;
