// A small static file server for a built site, used by the browser tests and the bench: it sends what a static
// host would, the `_headers` file's headers (CSP and security headers), gzip for text, long caching for hashed
// assets, 404.html for a missing file, and it can serve the site under a sub-path (`base`).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** Parses a Netlify/Cloudflare `_headers` file into `{ pattern, headers }` rules (`*` at the end = prefix). */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, urlPath) {
  const headers = {};
  for (const { pattern, headers: h } of rules) {
    const matches = pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
    if (matches) Object.assign(headers, h);
  }
  return headers;
}

/** Maps a URL path to a file under root: `/x/` → `/x/index.html`; null when outside root or missing. */
function resolveFile(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return existsSync(index) ? { file: index, isDirectory: true } : null;
  }
  return existsSync(path) ? { file: path, isDirectory: false } : null;
}

/**
 * Serves `root` under `base` on 127.0.0.1 (a free port). Returns `{ origin, url(path), close }`, where
 * `url('/zh/overview/')` is the address of a site path under the base.
 * Files are read on each request, gzip bodies are cached per file.
 * @param {string} root
 * @param {string} [base]
 * @param {number} [port] 0 (the default) takes any free port
 */
export async function serveStatic(root, base = '/', port = 0) {
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const gzipCache = new Map();

  const server = createServer((req, res) => {
    const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
    const insideBase = urlPath.startsWith(base) ? urlPath.slice(base.length - 1) : null;
    let found = insideBase === null ? null : resolveFile(root, insideBase);
    // Like static hosts with trailing-slash URLs: a directory asked without its slash is redirected.
    if (found?.isDirectory && !urlPath.endsWith('/')) {
      res.writeHead(301, { Location: `${urlPath}/` }).end();
      return;
    }
    let status = 200;
    if (!found) {
      status = 404;
      found = resolveFile(root, '/404.html');
      if (!found) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
    const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
    const headers = {
      ...headersFor(rules, status === 200 ? urlPath : `${base}404.html`),
      'Content-Type': type,
      // Hashed build assets never change; everything else is revalidated, as on a typical static host.
      'Cache-Control': urlPath.startsWith(`${base}_astro/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body = readFileSync(found.file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipCache.has(found.file)) gzipCache.set(found.file, gzipSync(body, { level: 9 }));
      body = gzipCache.get(found.file);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    origin,
    /** @param {string} path */
    url: (path) => origin + base.replace(/\/$/, '') + path,
    close: () => {
      server.closeAllConnections(); // keep-alive sockets from the browser would hold close() open
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
