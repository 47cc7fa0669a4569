import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  origin: string;
  /** Absolute URL of a site path, e.g. `url('/zh/overview/')`. */
  url: (path: string) => string;
  /** Every path requested so far, for checks on what a page loaded. */
  requests: string[];
  close: () => Promise<void>;
}

/** Serves `dir` under `base` on 127.0.0.1 like a plain static host: index.html for folders, 404.html otherwise. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const inside = pathname.startsWith(base) ? pathname.slice(base.length - 1) : undefined;
    let file = inside === undefined ? undefined : join(dir, normalize(inside));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file && existsSync(file) && statSync(file).isFile();
    const path = found ? file! : join(dir, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + base.replace(/\/$/, '') + path,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
