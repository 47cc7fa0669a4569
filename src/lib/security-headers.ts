import { createHash } from 'node:crypto';
import { EMBED_DIR } from './charts/embed';
import { headScript } from './head-script';

/**
 * The Content-Security-Policy of every page. Scripts come only from the site itself: no inline
 * script runs but the one allowed by its hash, and Pagefind's WebAssembly by 'wasm-unsafe-eval'.
 * Styles are inlined into each page (one round trip; see astro.config.mjs), hence 'unsafe-inline'
 * for styles only. Nothing may load from another host.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${createHash('sha256').update(headScript).digest('base64')}'`,
  "style-src 'self' 'unsafe-inline'",
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

/**
 * A `_headers` file (Netlify, Cloudflare Pages) for everything under the base: the security headers and
 * the same policy as the pages' `<meta>`, plus `frame-ancestors`, which only a header can carry.
 */
export function headersFile(base = '/'): string {
  const root = base.replace(/\/?$/, '/');
  const headers = { ...commonHeaders, 'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'` };
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [`${root}*`, ...lines, ...embedHeaders(root)].join('\n') + '\n';
}

/**
 * Chart embed pages (charts helper; src/pages/embed/) may be framed by any site. Their rule comes after the
 * general one and replaces its policy, as Netlify and scripts/serve-static.mjs apply a later rule's header;
 * a policy with frame-ancestors makes browsers ignore X-Frame-Options (HTML standard, "X-Frame-Options").
 */
function embedHeaders(root: string): string[] {
  return [`${root}${EMBED_DIR}/*`, `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors *`];
}
