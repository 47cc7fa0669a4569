import { htmlLang, sourceLocale } from '../i18n/locales';

/** What schema.org needs to describe one page of the site. */
export interface PageFacts {
  url: string;
  title: string;
  description: string;
  /** BCP 47 tag of the page. */
  inLanguage: string;
  siteTitle: string;
  siteUrl: string;
  /** YYYY-MM-DD the page was last checked against the source. */
  reviewed?: string | undefined;
  source: { headline: string; url: string };
  /** Absolute URLs of the page in the other languages. */
  translations: { url: string; inLanguage: string }[];
}

/**
 * JSON-LD for a page: a WebPage in its language, based on the source article, with its translations.
 * The article's date is not given as a date, because its year is only inferred.
 */
export function pageJsonLd(facts: PageFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: facts.url,
    name: facts.title,
    description: facts.description,
    inLanguage: facts.inLanguage,
    ...(facts.reviewed ? { lastReviewed: facts.reviewed } : {}),
    isPartOf: { '@type': 'WebSite', name: facts.siteTitle, url: facts.siteUrl },
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: facts.source.headline,
      inLanguage: htmlLang[sourceLocale],
      url: facts.source.url,
    },
    workTranslation: facts.translations.map((t) => ({ '@type': 'WebPage', url: t.url, inLanguage: t.inLanguage })),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` (and `>`, `&`, the JavaScript line
 * separators) written as `\u` escapes, so no text (`</script>`, `<!--`) can end the script element
 * early. The JSON parses to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
