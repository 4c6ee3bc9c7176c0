// Small helpers the recipe servers share: a strict Content-Security-Policy, an esbuild bundle of a
// page's entry module, and listening on 127.0.0.1.
import { build } from 'esbuild';

/** The policy the recipe pages are served with: no inline script or style, no eval. */
export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Bundles an entry module (which imports `@mentorkit/elements/define/…`) into one ES module. The
 * packages resolve to their published `dist/` files, as in any project that installed them.
 */
export async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Answers with a body and the strict policy (unless the headers give another). */
export function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': strictCsp, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Starts a server on 127.0.0.1 (port 0: any free port) and returns its base URL and a close(). */
export async function listen(server, port = 0) {
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** True when the module was started with `node <file>` rather than imported. */
export function isMain(importMetaUrl) {
  return process.argv[1] !== undefined && new URL(importMetaUrl).pathname === process.argv[1];
}
