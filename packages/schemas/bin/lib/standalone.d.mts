/** Compiles a JSON Schema to a self-contained ESM validator module (see standalone.mjs). */
export declare function compileValidatorModule(
  schema: unknown,
  options?: { references?: object[]; minify?: boolean; dialect?: '2020-12' | '2019-09' | 'draft-07'; minLength?: number },
): Promise<string>;
export declare function withoutAnnotations<T>(schema: T): T;
export declare const validatorDeclarations: string;
export declare const packageDir: string;
