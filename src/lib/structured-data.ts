import { htmlLang, sourceLocale } from '../i18n/locales';
import type { CitationRecord } from './cite/record';

export interface JsonLdOptions {
  /** The same page in the other language. */
  twin: CitationRecord;
  /** Which of the two is the original: the site writes in Chinese first, the English pages translate it. */
  isTranslation: boolean;
  /** The site's home page in the page's language. */
  siteUrl: string;
  /** The page's preview image (its size and alt text are in the Open Graph tags). */
  image?: { url: string } | undefined;
}

/**
 * JSON-LD for a page (schema.org Article), from its citation record: the site as author and publisher, the
 * page's first-published and last-changed dates, its twin as translation, and the news article it is based on.
 * The article's date is given only as its dateline ("03-18"), because its year is inferred; it names no
 * publisher or author, so neither does its description here (the source page says so in words).
 */
export function pageJsonLd(record: CitationRecord, { twin, isTranslation, siteUrl, image }: JsonLdOptions): Record<string, unknown> {
  const site = { '@type': 'Organization', name: record.author, url: siteUrl };
  const twinRef = { '@type': 'Article', '@id': twin.url, url: twin.url, headline: twin.title, inLanguage: twin.language };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': record.url,
    url: record.url,
    headline: record.title,
    description: record.description,
    inLanguage: record.language,
    author: site,
    publisher: site,
    datePublished: record.published,
    dateModified: record.modified,
    isPartOf: { '@type': 'WebSite', name: record.siteName, url: siteUrl },
    ...(isTranslation ? { translationOfWork: twinRef } : { workTranslation: twinRef }),
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: record.source.headline,
      inLanguage: htmlLang[sourceLocale],
      dateline: record.source.dateAsGiven,
      url: record.source.url,
    },
    ...(image ? { image: image.url } : {}),
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
