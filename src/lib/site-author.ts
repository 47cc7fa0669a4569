import type { Locale } from '../i18n/locales';

/**
 * Who the site's pages are by: the site itself, as an organisation, named in each language. Every citation,
 * meta tag and JSON-LD author/publisher reads this; the interface's `site.title` is the same name.
 */
export const siteAuthor = {
  name: { zh: '平安青岛解读', en: 'Safe Qingdao Explained' },
} as const satisfies { name: Record<Locale, string> };

/** The address `astro.config.mjs` builds for when no `--site` is given: it serves nothing. */
export const placeholderSite = 'https://safe-qingdao.example.org';
