import { locales } from '../i18n/locales';
import { useTranslations } from '../i18n/ui';
import type { Dataset } from '../schemas/dataset';
import type { Statistic } from '../schemas/statistic';
import { formatStatistic } from './format';
import { withBase } from './base-path';

/** Stable address of a download under the site base: `/data/anti-gang-cases.csv`, `/sub/data/…` under a sub-path. */
export function dataDownloadPath(id: string, format: 'csv' | 'json', base = '/'): string {
  return withBase(base, `data/${id}.${format}`);
}

/** A statistic as a flat record: both languages, unit, period and the exact source words. */
export function statisticRecord(stat: Statistic) {
  const perLocale = (make: (locale: (typeof locales)[number]) => string) =>
    Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<(typeof locales)[number], string>;
  return {
    id: stat.id,
    value: stat.value,
    unit: stat.unit,
    qualifier: stat.qualifier,
    periodType: stat.period.type,
    periodDate: stat.period.date ?? '',
    label: stat.label,
    // Downloads are read by spreadsheets, not laid out: the no-break spaces of the page become plain spaces.
    display: perLocale((locale) => formatStatistic(stat, locale, useTranslations(locale)).replaceAll('\u00a0', ' ')),
    counts: stat.counts,
    sourceParagraph: stat.paragraph,
    sourceQuote: stat.quote,
    note: stat.note ?? null,
  };
}

export function datasetRecords(dataset: Dataset, statistics: ReadonlyMap<string, Statistic>) {
  return dataset.statistics.map((id) => {
    const stat = statistics.get(id);
    if (!stat) throw new Error(`dataset "${dataset.id}": unknown statistic "${id}"`);
    return statisticRecord(stat);
  });
}

const CSV_COLUMNS = [
  'id',
  'value',
  'unit',
  'qualifier',
  'period_type',
  'period_date',
  ...locales.flatMap((l) => [`label_${l}`, `display_${l}`, `counts_${l}`]),
  'source_paragraph',
  'source_quote',
  ...locales.map((l) => `note_${l}`),
] as const;

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV with a UTF-8 byte-order mark (so spreadsheet software reads the Chinese correctly) and CRLF line ends (RFC 4180).
 */
export function toCsv(records: ReturnType<typeof statisticRecord>[]): string {
  const rows = records.map((r) => [
    r.id,
    r.value,
    r.unit,
    r.qualifier,
    r.periodType,
    r.periodDate,
    ...locales.flatMap((l) => [r.label[l], r.display[l], r.counts[l]]),
    r.sourceParagraph,
    r.sourceQuote,
    ...locales.map((l) => r.note?.[l] ?? ''),
  ]);
  return '\uFEFF' + [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
