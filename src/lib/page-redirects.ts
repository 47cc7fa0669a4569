import type { Redirects } from '../schemas/redirects';

/** Astro `redirects` for renamed pages: every language keeps its old address. `{ '/zh/old/': '/zh/new/' }` */
export function pageRedirects(pages: Redirects['pages'], locales: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(pages).flatMap(([from, to]) => locales.map((locale) => [`/${locale}/${from}/`, `/${locale}/${to}/`])),
  );
}
