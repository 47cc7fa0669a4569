import type { Redirects } from '../schemas/redirects';

/** One page that only sends the reader on: a renamed page's old address, or a bare language root (`from` empty). */
export interface RedirectPage {
  locale: string;
  /** The old slug, or `''` for the language root `/<locale>/`. */
  from: string;
  /** The slug of the page it leads to. */
  to: string;
  /** Old section ids of the target page and their successors, to map a carried `#fragment`. */
  sectionAliases: Record<string, string>;
}

/**
 * Every redirect page of the site: each renamed page (content/redirects.yaml `pages:`) at its old address
 * in every language, and `/zh/`, `/en/` leading to that language's home page.
 */
export function redirectPages(moved: Redirects, locales: readonly string[], home: string): RedirectPage[] {
  const routes = [['', home] as const, ...Object.entries(moved.pages)];
  return locales.flatMap((locale) => routes.map(([from, to]) => ({ locale, from, to, sectionAliases: moved.sections[to] ?? {} })));
}

/**
 * The `#fragment` a redirect carries to the new page: a renamed section id becomes its successor, a text
 * fragment after it is kept (`#old:~:text=…` → `#new:~:text=…`), anything else passes unchanged.
 * `carriedFragment('#anti-gang', { 'anti-gang': 'anti-gang-campaign' })` → `'#anti-gang-campaign'`
 */
export function carriedFragment(hash: string, aliases: Readonly<Record<string, string>>): string {
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return '';
  const at = fragment.indexOf(':~:');
  const [id, rest] = at === -1 ? [fragment, ''] : [fragment.slice(0, at), fragment.slice(at)];
  const successor = Object.hasOwn(aliases, decodeURIComponent(id)) ? aliases[decodeURIComponent(id)]! : id;
  return `#${successor}${rest}`;
}
