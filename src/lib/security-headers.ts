import { createHash } from 'node:crypto';
import { headScriptHash } from './head-script';
import { EMBED_DIR } from './charts/embed';

/**
 * The Content-Security-Policy of every page (SiteHead's `<meta>`). Scripts come only from the site itself:
 * no inline script runs but the head script, by its hash, and Pagefind's WebAssembly by 'wasm-unsafe-eval'.
 * Styles are inlined into each page (one round trip; see astro.config.mjs) and allowed by their hashes,
 * which `withStyleHashes` adds after the build, when the page's final `<style>` elements are known.
 * (Astro's `security.csp` would hash them itself, but on pages whose MDX imports a component it left that
 * component's style out, and the browser blocked it.) The dev server injects styles from scripts, which
 * no hash can cover, so there `dev` keeps 'unsafe-inline'. Nothing may load from another host.
 */
export function contentSecurityPolicy({ dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' '${headScriptHash}'`,
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

/** The policy a built page declares in its `<meta>` (attribute quotes decoded), if it has one. */
export const pagePolicy = (html: string): string | undefined => cspMeta.exec(html)?.[2]?.replace(/&#39;/g, "'");

/**
 * The page with the hash of each of its `<style>` elements added to the `style-src` of its `<meta>` policy.
 * A browser hashes a style element's text exactly as written, which is the text between the tags here.
 */
export function withStyleHashes(html: string): string {
  const hashes = [
    ...new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)),
  ];
  if (!hashes.length) return html;
  return html.replace(cspMeta, (_all, open: string, written: string, close: string) => {
    const policy = written.replace(/&#39;/g, "'").replace(/(style-src [^;]*)/, (directive) => `${directive} ${hashes.join(' ')}`);
    return open + (written.includes('&#39;') ? policy.replace(/'/g, '&#39;') : policy) + close;
  });
}

/** Headers every response gets, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const commonHeaders: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
};

/**
 * One policy that allows what each of the given page policies allows (the union of their sources per
 * directive), for a header that covers every page. A browser enforces both the header and a page's own
 * `<meta>`, so each page still runs only its own hashes.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const directive of policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const [name = '', ...sources] = directive.split(/\s+/);
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** What every response carries: the security headers and the pages' policies merged, plus `frame-ancestors`, which only a header can carry. */
export function responseHeaders(pagePolicies: readonly string[]): Record<string, string> {
  return { ...commonHeaders, 'Content-Security-Policy': `${mergePolicies(pagePolicies)}; frame-ancestors 'none'` };
}

/**
 * The headers of chart embed pages (src/pages/embed/), which any site may frame: the same policy with
 * `frame-ancestors *`, and no X-Frame-Options (a policy with frame-ancestors makes browsers ignore it anyway).
 */
export function framableHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const { 'X-Frame-Options': _ignored, ...rest } = headers;
  return { ...rest, 'Content-Security-Policy': (headers['Content-Security-Policy'] ?? '').replace("frame-ancestors 'none'", 'frame-ancestors *') };
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages) for everything under the base, then a later rule for the
 * embed folder that replaces the policy (Netlify and scripts/serve-static.mjs apply a later rule's header).
 * `base` comes normalised from Astro (`/`, `/x/`).
 */
export function headersFile(base: string, headers: Readonly<Record<string, string>>): string {
  const embed = framableHeaders(headers)['Content-Security-Policy'];
  return (
    [`${base}*`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), `${base}${EMBED_DIR}/*`, `  Content-Security-Policy: ${embed}`].join(
      '\n',
    ) + '\n'
  );
}

/**
 * The same headers as nginx directives, for `include` in deploy/nginx.conf: nginx cannot read `_headers`,
 * and a copy of the policy in its config would drift from the pages' hashes. `always` sends them on 404s too.
 */
export function nginxHeaders(headers: Readonly<Record<string, string>>): string {
  return (
    Object.entries(headers)
      .map(([name, value]) => {
        if (/["\\$\n]/.test(value)) throw new Error(`header ${name} cannot be written as an nginx string: ${value}`);
        return `add_header ${name} "${value}" always;`;
      })
      .join('\n') + '\n'
  );
}
