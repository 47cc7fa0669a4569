import type { CitationRecord } from './record';

export interface MetaTag {
  /** `name` for Highwire and Dublin Core, `property` for Open Graph. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/** Google Scholar's inclusion guidelines want `2026/11/27`. */
const scholarDate = (iso: string) => iso.replaceAll('-', '/');

/** How the source article is named where one line of text must do (Dublin Core's `DC.source`). */
export function sourceLine(record: CitationRecord): string {
  const { headline, dateAsGiven, inferredYear } = record.source;
  return record.locale === 'zh'
    ? `《${headline}》，日期“${dateAsGiven}”（推断为${inferredYear}年）。${record.source.url}`
    : `“${headline}”, dated “${dateAsGiven}” (year inferred: ${inferredYear}). ${record.source.url}`;
}

/**
 * The citation tags of a page's `<head>`, for reference managers and scholarly search engines:
 * Highwire Press (`citation_*`, read by Google Scholar and Zotero), Dublin Core and Open Graph article times.
 *
 * Two choices come from reading Zotero's "Embedded Metadata" translator: `citation_title` alone makes it guess a
 * journal article, so `DC.type` says `webpage` (its RDF import maps that to the web page item type); and it
 * takes a web page's "website title" from `DC.source` unless `prism.publicationName` is given, so that names
 * the site (otherwise Zotero would call the news article the website).
 */
export function citationMetaTags(record: CitationRecord): MetaTag[] {
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  const property = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
  return [
    name('citation_title', record.title),
    name('citation_author', record.author),
    name('citation_publication_date', scholarDate(record.published)),
    name('citation_publisher', record.author),
    name('citation_language', record.language),
    name('citation_abstract', record.description),
    name('citation_fulltext_html_url', record.url),
    name('DC.title', record.title),
    name('DC.creator', record.author),
    name('DC.publisher', record.author),
    name('DC.date', record.published),
    name('DC.language', record.language),
    name('DC.identifier', record.url),
    name('DC.source', sourceLine(record)),
    name('DC.type', 'webpage'),
    name('prism.publicationName', record.siteName),
    property('article:published_time', record.published),
    property('article:modified_time', record.modified),
  ];
}
