// A test-runner command that checks a record as a school's server does, in Node beside the browser:
// `server-check` runs validateRecord and validateSeals from @mentorkit/schemas (its sources, through tsx) on the
// record a page sends, and returns both lists of errors. The record crosses as JSON, as it would over HTTP.
import { tsImport } from 'tsx/esm/api';

let schemas;

export function serverCheckPlugin() {
  return {
    name: 'server-check-command',
    async executeCommand({ command, payload }) {
      if (command !== 'server-check') return undefined;
      schemas ??= await tsImport('../../packages/schemas/src/index.ts', import.meta.url);
      const record = JSON.parse(payload.json);
      const template = payload.template === undefined ? undefined : JSON.parse(payload.template);
      return { errors: schemas.validateRecord(record, template), seals: await schemas.validateSeals(record, template) };
    },
  };
}
