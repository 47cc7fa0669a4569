import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve-static.mjs';
import { locales } from '../../src/i18n/locales';
import { subpathDist } from './support/site';
import { freePort } from './support/free-port';

// deploy/nginx.conf as written, on Debian's nginx, over the sub-path build: only the listen address and the
// folder the site is copied to are changed. nginx runs as the current user (no master process), with its
// pid, logs and temp files in a temporary prefix.
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const prefix = mkdtempSync(join(tmpdir(), 'nginx-test-'));
let nginx: ChildProcess | undefined;
let port = 0;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  raw: Buffer;
  body: string;
}
/** One GET as a browser would send it (gzip accepted); the body decompressed, the transfer size kept. */
const get = (path: string) =>
  new Promise<Reply>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, raw, body });
      });
    })
      .on('error', reject)
      .end();
  });

beforeAll(async () => {
  const version = spawnSync(NGINX, ['-v'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error(`nginx not found at ${NGINX} (apt-get install -y nginx, or set NGINX_PATH)`);
  port = await freePort();
  const www = join(prefix, 'www');
  mkdirSync(www);
  symlinkSync(subpathDist, join(www, 'safe-qingdao'));
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
  const server = readFileSync('deploy/nginx.conf', 'utf8').replace('listen 80;', `listen 127.0.0.1:${port};`).replaceAll('/var/www', www);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(prefix, 'temp', t)};`).join(' ');
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `master_process off; daemon off; pid ${join(prefix, 'nginx.pid')}; error_log ${join(prefix, 'logs/error.log')} warn;\n` +
      `events {}\nhttp { access_log off; ${temp}\n${server}\n}\n`,
  );
  const test = spawnSync(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects deploy/nginx.conf:\n${test.stderr}`);
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'logs/error.log')], { stdio: 'ignore' });
  for (let tries = 0; ; tries++) {
    try {
      await get('/safe-qingdao/');
      break;
    } catch (error) {
      if (tries > 50) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(() => {
  nginx?.kill();
  rmSync(prefix, { recursive: true, force: true });
});

const headersFile = parseHeadersFile(readFileSync(join(subpathDist, '_headers'), 'utf8'));
const expected = headersFile[0]!.headers as Record<string, string>;
const chartChunk = readdirSync(join(subpathDist, '_astro'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => ({ name, size: statSync(join(subpathDist, '_astro', name)).size }))
  .sort((a, b) => b.size - a.size)[0]!;

describe('deploy/nginx.conf on nginx, over the sub-path build', () => {
  it('lets other sites frame a chart embed page, with the policy of its _headers rule', async () => {
    const embed = headersFile[1]!.headers as Record<string, string>;
    const { status, headers } = await get('/safe-qingdao/embed/en/anti-gang-cases/');
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe(embed['Content-Security-Policy']);
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['x-frame-options']).toBeUndefined();
  });

  it('sends every header of _headers, the Content-Security-Policy included, on a page', async () => {
    const { status, headers } = await get('/safe-qingdao/en/about/');
    expect(status).toBe(200);
    expect(headersFile.map((rule) => rule.pattern)).toEqual(['/safe-qingdao/*', '/safe-qingdao/embed/*']);
    expect(Object.keys(expected)).toContain('Content-Security-Policy');
    for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], name).toBe(value);
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-encoding']).toBe('gzip');
  });

  it('sends the Chart.js chunk gzipped, cached for a year, with the same headers', async () => {
    expect(chartChunk.size).toBeGreaterThan(100_000); // the largest script is the chart code (~150 KB)
    const { status, headers, raw, body } = await get(`/safe-qingdao/_astro/${chartChunk.name}`);
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(raw.length).toBeLessThan(chartChunk.size * 0.45);
    expect(Buffer.byteLength(body)).toBe(chartChunk.size);
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headers['content-security-policy']).toBe(expected['Content-Security-Policy']);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends CSV downloads as UTF-8 CSV, gzipped', async () => {
    const { status, headers, body } = await get('/safe-qingdao/data/statistics.csv');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['content-encoding']).toBe('gzip');
    expect(body).toBe(readFileSync(join(subpathDist, 'data/statistics.csv'), 'utf8'));
  });

  it('sends the JSON downloads and the search index entry gzipped', async () => {
    // One search bundle per language: pagefind/<lang>/ (src/integrations/search-index.ts).
    const files = ['data/statistics.json', ...locales.flatMap((locale) => [`pagefind/${locale}/pagefind-entry.json`, `pagefind/${locale}/pagefind.js`])];
    for (const file of files) {
      const path = `/safe-qingdao/${file}`;
      const { status, headers, body } = await get(path);
      expect([path, status, headers['content-encoding']]).toEqual([path, 200, 'gzip']);
      expect(body, path).toBe(readFileSync(join(subpathDist, file), 'utf8'));
    }
  });

  it('redirects the bare sub-path, and a page without its slash, to the address with the slash', async () => {
    expect(await get('/safe-qingdao')).toMatchObject({ status: 301, headers: { location: '/safe-qingdao/' } });
    expect(await get('/safe-qingdao/en/about')).toMatchObject({ status: 301, headers: { location: '/safe-qingdao/en/about/' } });
  });

  it('answers a missing page with the 404 page, status 404, and the same headers', async () => {
    const { status, headers, body } = await get('/safe-qingdao/en/no-such-page/');
    expect(status).toBe(404);
    expect(body).toBe(readFileSync(join(subpathDist, '404.html'), 'utf8'));
    expect(headers['content-security-policy']).toBe(expected['Content-Security-Policy']);
  });

  it('does not serve the header lists themselves', async () => {
    expect((await get('/safe-qingdao/nginx-headers.conf')).status).toBe(404);
    expect((await get('/safe-qingdao/_headers')).status).toBe(404);
  });
});
