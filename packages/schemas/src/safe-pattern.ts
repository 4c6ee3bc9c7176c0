// The pattern engine and schema rules both validation paths share: the browser (field checks and the
// run-time validator in @mentorkit/core) and Ajv's precompiled validators (`mentorkit compile`, the
// built-in schemas), so a schema means the same and is refused the same on both. See docs/security.md.
export { safePattern, type SafePattern } from './safe-pattern-engine.mjs';
export { dialectOf, dialects, patternFault, schemaFaults, type Dialect } from './schema-rules.mjs';
