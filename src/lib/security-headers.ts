import { createHash } from 'node:crypto';
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

/** What every response carries: the security headers and the pages' policy plus `frame-ancestors`, which only a header can carry. */
export const responseHeaders: Readonly<Record<string, string>> = {
  ...commonHeaders,
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
};

/** A `_headers` file (Netlify, Cloudflare Pages) for everything under the base: {@link responseHeaders}. */
export function headersFile(base = '/'): string {
  const lines = Object.entries(responseHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return [`${base.replace(/\/?$/, '/')}*`, ...lines].join('\n') + '\n';
}

/**
 * Headers (those of `_headers`) as nginx directives, for `include` in deploy/nginx.conf: nginx cannot read `_headers`,
 * and a copy of the policy in its config would drift from the pages' hash. `always` sends them on 404s too.
 */
export function nginxHeaders(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => {
      if (/["\\$\n]/.test(value)) throw new Error(`header ${name} cannot be written as an nginx string: ${value}`);
      return `add_header ${name} "${value}" always;`;
    })
    .join('\n') + '\n';
}
