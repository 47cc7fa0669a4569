import { biblatexFile } from './bibtex';
import { cslItem } from './csl-json';
import { allRecords, type PageCitations } from './record';
import { risFile } from './ris';

/** The citation files of every page, each holding the page and each of its sections; the panel links them. */
export const citationFiles = [
  { file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  { file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { file: 'cite.bib', label: 'BibTeX (biblatex)', type: 'application/x-bibtex; charset=utf-8' },
] as const;

export type CitationFile = (typeof citationFiles)[number]['file'];

/** The contents of one citation file of a page. */
export function citationFileBody(file: CitationFile, citations: PageCitations, accessed: string): string {
  const records = allRecords(citations);
  if (file === 'cite.json')
    return (
      JSON.stringify(
        records.map((r) => cslItem(r, accessed)),
        null,
        2,
      ) + '\n'
    );
  if (file === 'cite.ris') return risFile(records, accessed);
  return biblatexFile(records, accessed);
}
