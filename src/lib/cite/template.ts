/**
 * Citations are rendered at build time with `{accessed}` standing for the date cited, and with the address the
 * site was built for. The browser fills in the reader's today and the address the reader is on, so a citation
 * copied from a copy of the site hosted elsewhere points where the reader actually was.
 */
export const ACCESSED = '{accessed}';

export type CitationFormat = 'gbt7714' | 'apa' | 'mla' | 'biblatex' | 'bibtex';

export const citationFormats: readonly CitationFormat[] = ['gbt7714', 'apa', 'mla', 'biblatex', 'bibtex'];

/** Names of the formats; the same in every language. */
export const citationFormatNames: Readonly<Record<CitationFormat, string>> = {
  gbt7714: 'GB/T 7714-2015',
  apa: 'APA 7',
  mla: 'MLA 9',
  biblatex: 'biblatex',
  bibtex: 'BibTeX',
};

/** A citation as plain text, and as HTML (with the style's italics) for the formats that have any. */
export interface RenderedCitation {
  text: string;
  html?: string | undefined;
}

/** What the cite panel fetches: the page's address as built, and every scope (page, then sections) in every format. */
export interface CitePanelData {
  builtUrl: string;
  scopes: { id: string; title: string; formats: Record<CitationFormat, RenderedCitation> }[];
}

/** `builtUrl` → `readerUrl` everywhere (with or without `#section`), and `{accessed}` → `accessed`. */
export function fillCitation(template: string, values: { accessed: string; builtUrl: string; readerUrl: string }): string {
  return template.replaceAll(values.builtUrl, values.readerUrl).replaceAll(ACCESSED, values.accessed);
}
