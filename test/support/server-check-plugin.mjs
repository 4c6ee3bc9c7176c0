// A test-runner command that checks a record as a school's server does, in Node beside the browser:
// `server-check` runs validateRecord and validateSeals from @mentorkit/schemas (its sources, through tsx) on the
// record a page sends, against the template it carries or the built-in one it names, and returns both lists of
// errors. The record crosses as JSON, as it would over HTTP (test/support/server-check.ts sends it).
import { tsImport } from 'tsx/esm/api';

let schemas;

export function serverCheckPlugin() {
  return {
    name: 'server-check-command',
    async executeCommand({ command, payload }) {
      if (command !== 'server-check') return undefined;
      schemas ??= await tsImport('../../packages/schemas/src/index.ts', import.meta.url);
      const record = JSON.parse(payload.json);
      // As docs/schemas.md tells a server: the template the record carries, else the built-in one it names.
      const template = record?.embeddedTemplate ?? schemas.getTemplate(String(record?.template?.id));
      return { errors: schemas.validateRecord(record), seals: await schemas.validateSeals(record, template) };
    },
  };
}
