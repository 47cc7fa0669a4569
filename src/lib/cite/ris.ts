import type { CitationRecord } from './record';

/** RIS values are one line each; a line break inside a title would start a bogus tag. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const risDate = (iso: string) => `${iso.replaceAll('-', '/')}/`;

/**
 * One RIS `ELEC` (web page) entry: T2 the site, DA the date of the version cited, and the access date twice,
 * in Y2 (where Zotero and EndNote read it) and in M1 (where the RIS specification puts it for ELEC, and where
 * citation-js reads it). Lines end in CRLF, as the specification writes them.
 */
export function risEntry(record: CitationRecord, accessed: string): string {
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['ID', record.id],
    ['TI', oneLine(record.title)],
    ['AU', oneLine(record.author)],
    ['T2', oneLine(record.siteName)],
    ['PB', oneLine(record.author)],
    ['PY', record.modified.slice(0, 4)],
    ['DA', risDate(record.modified)],
    ['Y2', risDate(accessed)],
    ['M1', risDate(accessed)],
    ['UR', record.url],
    ['LA', record.language],
    ['AB', oneLine(record.description)],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd() + '\r\n').join('');
}

/** A RIS file of several entries. */
export function risFile(records: readonly CitationRecord[], accessed: string): string {
  return records.map((r) => risEntry(r, accessed)).join('\r\n');
}
