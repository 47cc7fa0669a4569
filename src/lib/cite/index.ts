/**
 * Plain-text citations of a page or section of this site. The site is a corporate author, so
 * `siteTitle` stands for the author/organisation in every format and no person is named.
 */

export type CitationFormat = 'gbt7714' | 'apa' | 'mla' | 'bibtex';

export const citationFormats: readonly CitationFormat[] = ['gbt7714', 'apa', 'mla', 'bibtex'];

/** Names of the styles; the same in every language. */
export const citationFormatNames: Readonly<Record<CitationFormat, string>> = {
  gbt7714: 'GB/T 7714-2015',
  apa: 'APA 7',
  mla: 'MLA 9',
  bibtex: 'BibTeX',
};

export interface CitationInput {
  /** Language of the page being cited. */
  locale: 'zh' | 'en';
  /** The organisation credited as author, e.g. `平安青岛解读` or `Safe Qingdao Explained`. */
  siteTitle: string;
  /** Title of the cited page, as written on it (case is left alone). */
  pageTitle: string;
  /** Heading of the cited section, when citing a section rather than the whole page. */
  sectionTitle?: string | undefined;
  /** Absolute canonical URL, ending in `#section-id` when citing a section. */
  url: string;
  /** `YYYY-MM-DD`: the page's last-reviewed date, cited as its publication/update date. */
  published: string;
  /** `YYYY-MM-DD`: the date the reader cites the page (today). */
  accessed: string;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// MLA 9 abbreviates all months but May, June and July, and writes September as "Sept.".
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD`; throws on anything else so a malformed date never reaches a citation. */
function parseDate(iso: string): CalendarDate {
  const match = ISO_DATE.exec(iso);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`Not a YYYY-MM-DD date: "${iso}"`);
  return { year, month, day };
}

/** The month's name from a 1-based table; the fallback is unreachable because parseDate checks the range. */
function monthName(table: readonly string[], month: number): string {
  return table[month - 1] ?? String(month);
}

/** Page title, or `page: section` with the colon each language uses (full-width in Chinese). */
function citedTitle({ locale, pageTitle, sectionTitle }: CitationInput): string {
  if (!sectionTitle) return pageTitle;
  return `${pageTitle}${locale === 'zh' ? '：' : ': '}${sectionTitle}`;
}

/** Ends an element with a full stop unless it already ends in one (or in ? or !), to avoid `..`. */
function terminate(text: string): string {
  return /[.?!。？！]$/.test(text) ? text : `${text}.`;
}

/** GB/T 7714-2015 electronic resource: `责任者. 题名[EB/OL]. (更新日期)[引用日期]. URL.` */
function formatGbt7714(input: CitationInput): string {
  return `${terminate(input.siteTitle)} ${citedTitle(input)}[EB/OL]. (${input.published})[${input.accessed}]. ${input.url}.`;
}

/** APA 7 `(2026, November 27)`: year first, as APA dates a web page. */
function apaDate({ year, month, day }: CalendarDate): string {
  return `${year}, ${monthName(MONTHS, month)} ${day}`;
}

/** APA 7 webpage with a group author; the retrieval date is given because the page is revised. */
function formatApa(input: CitationInput): string {
  const accessed = parseDate(input.accessed);
  const retrieved = `${monthName(MONTHS, accessed.month)} ${accessed.day}, ${accessed.year}`;
  return `${terminate(input.siteTitle)} (${apaDate(parseDate(input.published))}). ${terminate(citedTitle(input))} Retrieved ${retrieved}, from ${input.url}`;
}

/** MLA 9 day-month-year, `27 Nov. 2026`. */
function mlaDate({ year, month, day }: CalendarDate): string {
  return `${day} ${monthName(MLA_MONTHS, month)} ${year}`;
}

/** MLA 9 web page; the author is omitted because the organisation is also the website (MLA 9, 5.6). */
function formatMla(input: CitationInput): string {
  const published = mlaDate(parseDate(input.published));
  return `"${terminate(citedTitle(input))}" ${input.siteTitle}, ${published}, ${input.url}. Accessed ${mlaDate(parseDate(input.accessed))}.`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  '_': '\\_',
  '$': '\\$',
  '{': '\\{',
  '}': '\\}',
};

/** Escapes LaTeX specials in one pass, so the braces of `\textbackslash{}` are not escaped again. */
function escapeBibtex(text: string): string {
  return text.replace(/[\\~^%&#_${}]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

/** Inside `\url{}` hyperref takes `#` and `_` literally, but `%` would still start a comment. */
function escapeBibtexUrl(url: string): string {
  return url.replace(/%/g, '\\%');
}

/** Lowercase `[a-z0-9-]` runs; `%` is dropped first so percent-encoded bytes stay one readable chunk. */
function slug(text: string): string {
  return text.toLowerCase().replace(/%/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * `safeqingdao-zh-risk-prevention-anti-gang-campaign`: host name, path and fragment, so the key
 * depends only on the address and stays ASCII (the URL parser percent-encodes Chinese).
 */
function bibtexKey(url: string): string {
  const { hostname, pathname, hash } = new URL(url);
  const site = hostname.replace(/^www\./, '').split('.')[0] ?? '';
  return [site.replace(/[^a-z0-9]/g, ''), slug(pathname), slug(hash)].filter(Boolean).join('-');
}

/** BibTeX `@misc`; the author is double-braced so BibTeX keeps the organisation as one name. */
function formatBibtex(input: CitationInput): string {
  const published = parseDate(input.published);
  const fields = [
    `author = {{${escapeBibtex(input.siteTitle)}}}`,
    `title = {${escapeBibtex(citedTitle(input))}}`,
    `howpublished = {\\url{${escapeBibtexUrl(input.url)}}}`,
    `year = {${published.year}}`,
    `month = ${monthName(BIBTEX_MONTHS, published.month)}`,
    `note = {Accessed: ${input.accessed}}`,
    `language = {${input.locale === 'zh' ? 'chinese' : 'english'}}`,
  ];
  return `@misc{${bibtexKey(input.url)},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}`;
}

const formatters: Record<CitationFormat, (input: CitationInput) => string> = {
  gbt7714: formatGbt7714,
  apa: formatApa,
  mla: formatMla,
  bibtex: formatBibtex,
};

/** The citation of `input` in `format`, as plain text (no italics, no HTML). */
export function formatCitation(format: CitationFormat, input: CitationInput): string {
  // Checked here too because GB/T copies the dates verbatim, so it would not notice a bad one.
  parseDate(input.published);
  parseDate(input.accessed);
  return formatters[format](input);
}
