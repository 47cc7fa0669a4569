import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file of a built site, as site paths (`/en/about/`, `/404.html`). */
export function sitePages(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
    });
  return walk(dir).map(
    (file) =>
      '/' +
      relative(dir, file)
        .split('\\')
        .join('/')
        .replace(/(^|\/)index\.html$/, '$1'),
  );
}

/** Pages that only redirect (renamed pages, language roots). */
export function isRedirectPage(dir: string, sitePath: string): boolean {
  const file = fileFor(dir, sitePath);
  return file !== null && readFileSync(file, 'utf8').includes('http-equiv="refresh"');
}

function fileFor(dir: string, sitePath: string): string | null {
  const path = join(dir, decodeURIComponent(sitePath));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  return idsCache.get(file)!;
}

/**
 * Checks every link and asset reference of every page of a static build: the target exists inside
 * the base, and its `#anchor` is an id on the target page. Returns one line per broken link.
 */
export function brokenLinks(dir: string, base: string, site: string): string[] {
  idsCache.clear();
  const problems: string[] = [];
  const origin = new URL(site).origin;
  for (const page of sitePages(dir)) {
    const html = readFileSync(fileFor(dir, page)!, 'utf8');
    const pageUrl = new URL(base.replace(/\/$/, '') + page, origin);
    for (const [, attribute, raw] of html.matchAll(/\s(href|src|content)="([^"]*)"/g)) {
      if (attribute === 'content' && !/^(https?:)?\//.test(raw!)) continue; // only URL-valued meta (og:url, refresh is handled below)
      const value = raw!.replace(/^\d+;\s*url=/i, '').replace(/&amp;/g, '&');
      if (!value || /^(mailto:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, pageUrl);
      if (url.origin !== origin) {
        problems.push(`${page}: ${attribute}="${value}" leaves the site`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${attribute}="${value}" is outside the base ${base}`);
        continue;
      }
      const target = fileFor(dir, url.pathname.slice(base.length - 1));
      if (!target) {
        problems.push(`${page}: ${attribute}="${value}" does not exist`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
      if (anchor && target.endsWith('.html') && !idsIn(target).has(anchor)) problems.push(`${page}: ${value} has no #${anchor}`);
    }
  }
  return problems;
}
