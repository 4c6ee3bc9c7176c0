// The server the framework recipes (React, Vue, Angular) run against: the page, its bundled
// `/main.js`, and the host's API for one observation record, all under the strict CSP.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
// @ts-expect-error -- a plain ES module without declarations
import { listen, readBody, send } from '../../../docs/recipes/shared/http.mjs';

const root = join(import.meta.dirname, '..', '..', '..');

/** The record the API serves: the valid example of the RESPOND observation. */
export const exampleRecord = readFileSync(join(root, 'schemas', 'examples', 'valid', 'respond-observation.record.json'), 'utf8');

export interface RecipeServer<Saved> {
  url: string;
  /** The records the page saved (PUT), parsed, in order. */
  saved: Saved[];
  close(): Promise<void>;
}

/** Serves `page` (any path), `script` at /main.js and GET/PUT /api/observations/example. */
export async function serveRecipe<Saved = Record<string, unknown>>(page: string, script: string): Promise<RecipeServer<Saved>> {
  const saved: Saved[] = [];
  const server = createServer(async (req, res) => {
    if (req.url === '/main.js') return send(res, 200, 'text/javascript', script);
    if (req.url === '/api/observations/example' && req.method === 'GET') return send(res, 200, 'application/json', exampleRecord);
    if (req.url === '/api/observations/example' && req.method === 'PUT') {
      saved.push(JSON.parse(await readBody(req)));
      return send(res, 204, 'text/plain', '');
    }
    send(res, 200, 'text/html; charset=utf-8', page);
  });
  const { url, close } = await listen(server);
  return { url, saved, close };
}
