import type { CitationRecord } from './record';

/** A CSL-JSON item (the subset this site fills), as Zotero, Pandoc and citeproc read it. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  author: { literal: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract: string;
}

function dateParts(iso: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * The record as CSL-JSON. `issued` is the date of the version cited (`modified`), which is what GB/T 7714's
 * "更新或修改日期" and APA's "date of last update" ask for; the author is a literal so no style splits the
 * organisation's name into given and family names.
 */
export function cslItem(record: CitationRecord, accessed: string): CslItem {
  return {
    id: record.id,
    type: 'webpage',
    title: record.title,
    'container-title': record.siteName,
    author: [{ literal: record.author }],
    issued: dateParts(record.modified),
    accessed: dateParts(accessed),
    URL: record.url,
    language: record.language,
    abstract: record.description,
  };
}
