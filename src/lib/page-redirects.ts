import { withBase } from './base-path';
import type { Redirects } from '../schemas/redirects';

/**
 * Astro `redirects` for renamed pages: every language keeps its old address.
 * Destinations carry the base (`/sub/zh/new/`) because Astro prefixes only the source with it.
 * `pageRedirects({ old: 'new' }, ['zh'], '/sub/')` → `{ '/zh/old/': '/sub/zh/new/' }`
 */
export function pageRedirects(pages: Redirects['pages'], locales: readonly string[], base = '/'): Record<string, string> {
  return Object.fromEntries(
    Object.entries(pages).flatMap(([from, to]) => locales.map((locale) => [`/${locale}/${from}/`, withBase(base, `${locale}/${to}/`)])),
  );
}

/** `/zh/` and `/en/` lead to that language's first page, so a trimmed URL still reaches the site. */
export function languageRootRedirects(locales: readonly string[], home: string, base = '/'): Record<string, string> {
  return Object.fromEntries(locales.map((locale) => [`/${locale}/`, withBase(base, `${locale}/${home}/`)]));
}
