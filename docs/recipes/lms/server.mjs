// An LTI-style tool page for an LMS (Moodle, Canvas, …): the LMS shows it in an iframe. It loads
// Mentorkit's published ES modules as they are, through an import map, and sends what a tool page
// must: a strict CSP that allows the import map by its hash, frame-ancestors naming the LMS, and
// the user's language in <html lang>. Run it: `LMS_ORIGIN=https://lms.example.org node docs/recipes/lms/server.mjs`.
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { isMain, listen } from '../shared/http.mjs';

const here = import.meta.dirname;
const languages = ['en', 'nb', 'fi', 'it', 'nl'];
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Finds an installed package the way Node does: in node_modules folders from `from` upwards. */
function packageDir(name, from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dir === dirname(dir)) throw new Error(`${name} is not installed (looked from ${from})`);
  }
}

/** Every package @mentorkit/elements needs in the browser, by name → folder (works with npm's and pnpm's layouts). */
async function browserPackages() {
  const found = new Map();
  const visit = async (name, from) => {
    if (found.has(name)) return;
    const dir = packageDir(name, from);
    found.set(name, dir);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (['ajv', 'ajv-formats', 'esbuild'].includes(dependency)) continue; // the schemas CLI's, not the browser's
      await visit(dependency, dir);
    }
  };
  await visit('@mentorkit/elements', here);
  return found;
}

/** The CSP source of each inline script's text (here: the import map). */
function inlineScriptHashes(html) {
  return [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    ([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
}

/** A module file of an installed package, or undefined (only published files: nothing under node_modules). */
function moduleFile(packages, path) {
  const rest = decodeURIComponent(path.slice('/modules/'.length));
  const parts = rest.split('/');
  const name = parts[0].startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const dir = packages.get(name);
  if (!dir) return undefined;
  const file = normalize(join(dir, rest.slice(name.length)));
  if (!file.startsWith(dir + sep) || file.slice(dir.length).includes(`${sep}node_modules${sep}`)) return undefined;
  return types[extname(file)] ? file : undefined;
}

/**
 * Starts the tool. `lmsOrigins` may frame the page. The launch's language comes in `?lang=` here
 * (an LTI 1.3 launch carries it in the id token's `launch_presentation.locale`).
 */
export async function startTool({ port = 0, lmsOrigins = [] } = {}) {
  const [page, css, packages] = await Promise.all([
    readFile(join(here, 'tool-page.html'), 'utf8'),
    readFile(join(here, 'tool.css'), 'utf8'),
    browserPackages(),
  ]);
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(page).join(' ')}`,
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${lmsOrigins.length ? lmsOrigins.join(' ') : "'none'"}`,
  ].join('; ');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://tool');
    const headers = { 'content-security-policy': csp, 'cache-control': 'no-store' };
    if (url.pathname === '/tool') {
      const lang = languages.find((l) => l === url.searchParams.get('lang')?.slice(0, 2)) ?? 'en';
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      return res.end(page.replace('<html lang="en">', `<html lang="${lang}">`));
    }
    if (url.pathname === '/tool.css') {
      res.writeHead(200, { ...headers, 'content-type': 'text/css' });
      return res.end(css);
    }
    const file = url.pathname.startsWith('/modules/') && moduleFile(packages, url.pathname);
    if (file && existsSync(file)) {
      res.writeHead(200, { ...headers, 'content-type': types[extname(file)], 'cache-control': 'public, max-age=3600' });
      return res.end(await readFile(file));
    }
    res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
    res.end('Not found');
  });
  const { url, close } = await listen(server, port);
  return { url, csp, close };
}

if (isMain(import.meta.url)) {
  const origins = (process.env.LMS_ORIGIN ?? '').split(/\s+/).filter(Boolean);
  const { url } = await startTool({ port: Number(process.env.PORT ?? 8081), lmsOrigins: origins });
  console.log(`Tool page on ${url}/tool?lang=en, framed by ${origins.join(' ') || 'nobody'}`);
}
