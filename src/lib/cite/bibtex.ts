import type { CitationRecord } from './record';

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '{': '\\{',
  '}': '\\}',
};

/** Escapes LaTeX specials in one pass, so the braces of `\textbackslash{}` are not escaped again. */
function escapeTex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\~^%&#_${}]/g, (char) => SPECIALS[char] ?? char);
}

/** In `url` fields (and `\url{}`) `#` and `_` are literal, but `%` would still start a comment. */
function escapeUrl(url: string): string {
  return url.replace(/%/g, '\\%');
}

/** `safeqingdao-zh-risk-prevention-anti-gang-campaign`: from the record id, so keys are ASCII and unique. */
export function bibKey(record: CitationRecord): string {
  return `safeqingdao-${record.id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}`;
}

/** babel/polyglossia language names, as biblatex's `langid` expects them. */
const LANGID: Record<string, string> = { zh: 'chinese', en: 'english' };

function entry(type: string, key: string, fields: [string, string][]): string {
  return `@${type}{${key},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}\n`;
}

/**
 * biblatex `@online`: the organisation as author (double braces keep it one name), `date` of the version
 * cited, `urldate` the access date, `langid` for hyphenation and `language` as written on the page.
 */
export function biblatexEntry(record: CitationRecord, accessed: string): string {
  return entry('online', bibKey(record), [
    ['author', `{{${escapeTex(record.author)}}}`],
    ['title', `{${escapeTex(record.title)}}`],
    ['organization', `{${escapeTex(record.siteName)}}`],
    ['date', `{${record.modified}}`],
    ['urldate', `{${accessed}}`],
    ['url', `{${escapeUrl(record.url)}}`],
    ['langid', `{${LANGID[record.locale]}}`],
    ['language', `{${record.language}}`],
  ]);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Classic BibTeX `@misc` for styles without `@online`: the address in `howpublished` (with `\url`, which needs
 * the url package) and the access date in `note`, the only places plain BibTeX styles print them.
 */
export function bibtexMiscEntry(record: CitationRecord, accessed: string): string {
  const [year, month, day] = record.modified.split('-');
  return entry('misc', bibKey(record), [
    ['author', `{{${escapeTex(record.author)}}}`],
    ['title', `{${escapeTex(record.title)}}`],
    ['howpublished', `{\\url{${escapeUrl(record.url)}}}`],
    ['year', `{${year}}`],
    ['month', MONTHS[Number(month) - 1] ?? ''],
    ['day', `{${Number(day)}}`],
    ['note', `{${escapeTex(record.siteName)}. Accessed ${accessed}}`],
    ['url', `{${escapeUrl(record.url)}}`],
    ['urldate', `{${accessed}}`],
  ]);
}

/** A .bib file of biblatex `@online` entries. */
export function biblatexFile(records: readonly CitationRecord[], accessed: string): string {
  return records.map((r) => biblatexEntry(r, accessed)).join('\n');
}
