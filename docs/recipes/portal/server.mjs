// A server-rendered school portal: a plain <form method="post"> with <mk-observation-form> posts the
// record as JSON (under the element's `name`) with the rest of the form, and the server validates it
// with @mentorkit/schemas before storing it. Run it: `node docs/recipes/portal/server.mjs`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatValidationError, validateRecord } from '@mentorkit/schemas';
import { bundle, escapeHtml, isMain, listen, readBody, send } from '../shared/http.mjs';

const here = import.meta.dirname;

/** Reads the posted form and returns the record and its problems in the shared error shape. */
export function parseObservation(body) {
  const field = new URLSearchParams(body).get('observation');
  if (field === null) return { record: undefined, errors: [{ pointer: '', keyword: 'required', key: 'valueMissing', params: {} }] };
  let record;
  try {
    record = JSON.parse(field);
  } catch {
    return { record: undefined, errors: [{ pointer: '', keyword: 'type', key: 'badInput', params: { type: 'json' } }] };
  }
  // The record names its template ({ id, version }); validateRecord checks it against that built-in template.
  return { record, errors: validateRecord(record) };
}

function resultPage(title, items) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>
<p><a href="/">Record another observation</a></p></main></body></html>`;
}

/** Starts the portal; `received` lists every posted record with its validation errors. */
export async function startPortal({ port = 0 } = {}) {
  const [page, css, script] = await Promise.all([
    readFile(join(here, 'page.html'), 'utf8'),
    readFile(join(here, 'portal.css'), 'utf8'),
    bundle(join(here, 'client.js')),
  ]);
  const received = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://portal').pathname;
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', page);
    if (req.method === 'GET' && path === '/assets/portal.css') return send(res, 200, 'text/css', css);
    if (req.method === 'GET' && path === '/assets/observation-form.js') return send(res, 200, 'text/javascript', script);
    if (req.method === 'POST' && path === '/observations') {
      const { record, errors } = parseObservation(await readBody(req));
      received.push({ record, errors });
      if (errors.length) {
        return send(res, 422, 'text/html; charset=utf-8', resultPage('The observation was not saved', errors.map(formatValidationError)));
      }
      const who = record.information?.observed?.name ?? '';
      return send(res, 200, 'text/html; charset=utf-8', resultPage('Observation saved', [`Observation of ${who}`]));
    }
    send(res, 404, 'text/plain', 'Not found');
  });
  const { url, close } = await listen(server, port);
  return { url, received, close };
}

if (isMain(import.meta.url)) {
  const { url } = await startPortal({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Portal on ${url}`);
}
