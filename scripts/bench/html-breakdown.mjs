// What a page's HTML is made of, in gzip terms: for each part, how much smaller the gzipped page would be
// without it. Gzip shares repeated strings across the file, so "saved if removed" is the honest measure.
import { gzipSize } from './measure-page.mjs';

// Regular expressions over Astro's own output (no nesting of the same tag inside these parts).
const PARTS = [
  ['CSP <meta> (script/style hashes)', /<meta http-equiv="content-security-policy"[^>]*>/gi],
  ['JSON-LD <script>', /<script type="application\/ld\+json">[\s\S]*?<\/script>/g],
  ['og:/twitter: <meta> tags', /<meta (?:property="og:|name="twitter:)[^>]*>/g],
  ['canonical/alternate <link>s', /<link rel="(?:canonical|alternate)"[^>]*>/g],
  ['inline <style> (scoped component CSS)', /<style>[\s\S]*?<\/style>/g],
  ['inline <script> (theme/js class)', /<script>[\s\S]*?<\/script>/g],
  ['data-astro-cid-* attributes', / data-astro-cid-[a-z0-9]+(?:="[^"]*")?/g],
  ['site header (search, theme, language, page nav)', /<header class="site-header"[\s\S]*?<\/header>/g],
  ['table of contents (sidebar)', /<aside class="sidebar"[\s\S]*?<\/aside>/g],
  ['cite panel', /<details class="cite-panel"[\s\S]*?<\/details>/g],
  ['site footer', /<footer[\s\S]*?<\/footer>/g],
  ['chart data-spec attributes', / data-spec="[^"]*"/g],
];

/** `[{ part, raw, gzipSaved }]` for the parts present, largest saving first. */
export function htmlBreakdown(html) {
  const full = gzipSize(Buffer.from(html));
  return PARTS.map(([part, pattern]) => {
    const matches = html.match(pattern) ?? [];
    const raw = matches.reduce((n, m) => n + Buffer.byteLength(m), 0);
    return { part, raw, gzipSaved: raw ? full - gzipSize(Buffer.from(html.replace(pattern, ''))) : 0 };
  })
    .filter((p) => p.raw > 0)
    .sort((a, b) => b.gzipSaved - a.gzipSaved);
}
