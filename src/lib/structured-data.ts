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
      inLanguage: 'zh-CN',
      dateline: record.source.dateAsGiven,
      url: record.source.url,
    },
    ...(image ? { image: image.url } : {}),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` (and `>`, `&`) become `\u003c` etc., so text
 * such as `</script>` in a description cannot close the element; JSON parsers read the escapes back as-is.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
