// Build time only: citation-js and citeproc are far too large for the browser, which receives the rendered text.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import gbt7714Style from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import apaStyle from './csl/apa.csl?raw';
import mlaStyle from './csl/modern-language-association.csl?raw';
import zhLocale from './csl/locales-zh-CN.xml?raw';
import { biblatexEntry, bibtexMiscEntry } from './bibtex';
import { cslItem } from './csl-json';
import type { CitationRecord } from './record';
import { ACCESSED, citationFormats, type CitationFormat, type RenderedCitation } from './template';

type CslStyle = 'gbt7714' | 'apa' | 'mla';

const cslConfig = plugins.config.get('@csl');
// Registered under our own names so the apa bundled with plugin-csl (an older copy) is never used.
cslConfig.styles.add('sq-gbt7714', gbt7714Style);
cslConfig.styles.add('sq-apa', apaStyle);
cslConfig.styles.add('sq-mla', mlaStyle);
cslConfig.locales.add('zh-CN', zhLocale);

/** GB/T 7714 is a Chinese standard (its style's default locale); APA and MLA are written in English. */
const styleLocale: Record<CslStyle, string> = { gbt7714: 'zh-CN', apa: 'en-US', mla: 'en-US' };

/** A date no page can carry, rendered in place of the date cited and then replaced by `{accessed}`. */
const SENTINEL = '1901-02-03';

/** The inner HTML of citeproc's single entry, without the `[1]` number column numeric styles add. */
function entryHtml(html: string): string {
  const inline = /<div class="csl-right-inline">([\s\S]*?)<\/div>/.exec(html) ?? /<div[^>]*class="csl-entry">([\s\S]*?)<\/div>/.exec(html);
  if (!inline?.[1]) throw new Error(`citeproc gave no entry: ${html}`);
  return inline[1].trim();
}

function renderCsl(style: CslStyle, record: CitationRecord): RenderedCitation {
  const item = cslItem(record, SENTINEL);
  // APA 7 (9.38): a title in another language is followed by its English translation in square brackets.
  if (style === 'apa' && record.locale !== 'en') item.title = `${record.title} [${record.otherTitle}]`;
  const cite = new Cite(item);
  const options = { style: `sq-${style}`, lang: styleLocale[style] };
  const text = String(cite.format('bibliography', { ...options, format: 'text' }))
    .replace(/^\[1\]\s*/, '')
    .trim();
  const html = entryHtml(String(cite.format('bibliography', { ...options, format: 'html' })));
  return { text: text.replaceAll(SENTINEL, ACCESSED), html: html.replaceAll(SENTINEL, ACCESSED) };
}

/** One citation of `record` in `format`, with `{accessed}` for the date cited (see template.ts). */
export function renderCitation(format: CitationFormat, record: CitationRecord): RenderedCitation {
  if (format === 'biblatex') return { text: biblatexEntry(record, ACCESSED).trim() };
  if (format === 'bibtex') return { text: bibtexMiscEntry(record, ACCESSED).trim() };
  return renderCsl(format, record);
}

/** Every format of one record. */
export function renderAllFormats(record: CitationRecord): Record<CitationFormat, RenderedCitation> {
  return Object.fromEntries(citationFormats.map((f) => [f, renderCitation(f, record)])) as Record<CitationFormat, RenderedCitation>;
}
