// Loaded by schemas-csp.html, which the test server serves with a strict CSP (no unsafe-eval): validates a
// valid and an invalid record with the precompiled validators and records any CSP violation.
export interface SchemasCspResults {
  validErrors: unknown[];
  invalidErrors: { pointer: string; keyword: string; key: string }[];
  violations: string[];
  error?: string;
}

declare global {
  interface Window {
    results?: SchemasCspResults;
  }
}

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));

async function run(): Promise<SchemasCspResults> {
  // Imported after the listener is in place, so a violation while loading the validators is seen too.
  const { builtInTemplates, validateRecord } = await import('@mentorkit/schemas');
  const record = {
    schemaVersion: 1,
    kind: 'observation',
    template: { id: 'respond-observation', version: '1.0.0' },
    information: { date: '2025-09-18', observer: { name: 'Anna Berg' }, observed: { name: 'Marco Rossi' }, purpose: 'Lesson opening' },
    ratings: { 'point-1': { level: 'very-good', notes: 'Clear learning goal.' } },
    extensions: { 'org.example.lms': { courseId: 'MATH-7B' } },
  };
  const invalid = { ...record, information: { ...record.information, date: '18/09/2025' }, ratings: { 'point-1': { level: 'excellent' } } };
  return {
    validErrors: validateRecord(record, builtInTemplates['respond-observation']),
    invalidErrors: validateRecord(invalid),
    violations,
  };
}

const output = document.getElementById('status')!;
run()
  .catch((error: unknown): SchemasCspResults => ({ validErrors: [], invalidErrors: [], violations, error: String(error) }))
  .then((results) => {
    window.results = results;
    output.textContent = results.error ?? 'done';
  });
