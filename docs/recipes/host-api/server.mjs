// A host with its own API for observation records: GET loads one, PUT validates and stores it.
// The back end validates with the published JSON Schema (as a back end in any language can), then
// with @mentorkit/schemas for what a schema cannot say (answers against the template).
// Run it: `node docs/recipes/host-api/server.mjs`, then open /?id=example.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateRecord } from '@mentorkit/schemas';
import { bundle, isMain, listen, readBody, send } from '../shared/http.mjs';

const here = import.meta.dirname;
const require = createRequire(import.meta.url);

/** A validator for observation records from the JSON Schemas the package ships (`@mentorkit/schemas/json/…`). */
async function observationSchemaValidator() {
  const load = async (file) => JSON.parse(await readFile(require.resolve(`@mentorkit/schemas/json/${file}`), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(await load('common.schema.json'));
  ajv.addSchema(await load('observation-template.schema.json'));
  const validate = ajv.compile(await load('observation-record.schema.json'));
  return (record) =>
    validate(record) ? [] : validate.errors.map((e) => ({ pointer: e.instancePath, keyword: e.keyword, message: e.message }));
}

/** Starts the host; `records` is its store (id → record), seeded with `initial`. */
export async function startHost({ port = 0, initial = {} } = {}) {
  const [page, script, schemaErrors] = await Promise.all([
    readFile(join(here, 'page.html'), 'utf8'),
    bundle(join(here, 'client.js')),
    observationSchemaValidator(),
  ]);
  const records = new Map(Object.entries(initial));
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://host').pathname;
    const json = (status, body) => send(res, status, 'application/json', JSON.stringify(body));
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', page);
    if (req.method === 'GET' && path === '/assets/host-api.js') return send(res, 200, 'text/javascript', script);
    const match = /^\/api\/observations\/([\w-]+)$/.exec(path);
    if (match && req.method === 'GET') return records.has(match[1]) ? json(200, records.get(match[1])) : json(404, { error: 'not found' });
    if (match && req.method === 'PUT') {
      let record;
      try {
        record = JSON.parse(await readBody(req));
      } catch {
        return json(400, { errors: [{ pointer: '', keyword: 'type', key: 'badInput', params: {} }] });
      }
      // What a back end in any language can check: the record against the JSON Schema.
      const bySchema = schemaErrors(record);
      // What only the package can: the answers against the template (it repeats the schema check, and
      // answers in the shared error shape { pointer, keyword, key, params } the elements use).
      const errors = validateRecord(record);
      if (errors.length || bySchema.length) return json(422, { errors, bySchema });
      const saved = { ...record, id: match[1], updatedAt: new Date().toISOString() };
      records.set(match[1], saved);
      return json(200, saved);
    }
    send(res, 404, 'text/plain', 'Not found');
  });
  const { url, close } = await listen(server, port);
  return { url, records, close };
}

if (isMain(import.meta.url)) {
  const example = JSON.parse(
    await readFile(require.resolve('@mentorkit/schemas/json/examples/valid/respond-observation.record.json'), 'utf8'),
  );
  const { url } = await startHost({ port: Number(process.env.PORT ?? 8080), initial: { example } });
  console.log(`Host on ${url}/?id=example`);
}
