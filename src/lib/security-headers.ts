import { createHash } from 'node:crypto';
import { headScript } from './head-script';

/**
 * The Content-Security-Policy of every page. Scripts and styles come only from the site itself
 * (all CSS is in files, see astro.config.mjs); the one inline script is allowed by its hash, and
 * Pagefind's WebAssembly by 'wasm-unsafe-eval'. Nothing may load from another host.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${createHash('sha256').update(headScript).digest('base64')}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers every response gets, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const commonHeaders: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/** The CSP a page declares in its `<meta http-equiv>`, or null. */
export function cspFromHtml(html: string): string | null {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? null;
}

/**
 * A `_headers` file: the common headers for every path, and each page's own CSP (its script and style
 * hashes) as a header too, where `frame-ancestors` can be added (a `<meta>` CSP cannot carry it).
 */
export function headersFile(pages: { path: string; csp: string }[], base = '/'): string {
  const prefix = base.replace(/\/?$/, '/');
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return (
    [
      block(`${prefix}*`, { ...commonHeaders }),
      ...pages.map(({ path, csp }) => block(`${prefix}${path.replace(/^\//, '')}`, { 'Content-Security-Policy': `${csp.replace(/;?\s*$/, '')}; frame-ancestors 'none'` })),
    ].join('\n\n') + '\n'
  );
}
