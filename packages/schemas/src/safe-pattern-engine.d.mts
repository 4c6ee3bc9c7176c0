/** A compiled pattern: `test` as a RegExp's, in time linear in the text's length. */
export interface SafePattern {
  readonly source: string;
  readonly flags: 'u';
  test(text: string): boolean;
  toString(): string;
}

/**
 * Compiles a JSON Schema `pattern` (ECMAScript syntax, `u` flag) to a linear-time matcher. Throws a
 * SyntaxError for a pattern the platform rejects, and for one that uses lookaround or backreferences.
 */
export declare function safePattern(source: string, flags?: string): SafePattern;
