import { z } from 'astro/zod';
import { kebabId, localized, paragraphNumber, partialDate } from './localized';

/**
 * What a figure counts, named after the thing counted so that it is written with the article's measure word
 * (210余条 → 逾210条, more than 210 leads). Each needs its words, `unit.<name>`, in src/i18n/ui.ts.
 * `wan-yuan` is 万元 (10,000 yuan): English pages convert it to yuan.
 */
export const units = [
  'percent',
  'cases',
  'people',
  'years',
  'anniversary',
  'domains',
  'battles',
  'actions',
  'subdistricts-and-towns',
  'communities-and-villages',
  'levels',
  'channels',
  'leads',
  'wan-yuan',
  'per-10k-people',
] as const;
export type Unit = (typeof units)[number];

/** Units counting different kinds of place (个街镇, 个社村) can share a chart's "number of places" axis. */
const axes: Partial<Record<Unit, string>> = { 'subdistricts-and-towns': 'places', 'communities-and-villages': 'places' };
/** The quantity a chart axis shows for `unit`: statistics on one chart must share it. */
export const axisOf = (unit: Unit): string => axes[unit] ?? unit;

const QUOTE_REQUIRED = 'a statistic needs the exact quote from the source article';

/** One figure of the source article, written once, with the words it was taken from. */
export const statisticSchema = z.strictObject({
  /** Stable kebab-case id, used by pages (`<Stat id>`), datasets and downloads. */
  id: kebabId(),
  /** The number as the article gives it (98.56 for 98.56 %; a fall may be negative). */
  value: z.number(),
  unit: z.enum(units),
  /** `more-than` for 余/逾, `at-least` for 以上. */
  qualifier: z.enum(['exact', 'more-than', 'at-least']).default('exact'),
  /** When the figure applies: during a period (a year, a month), as of a date, as a target, or not said. */
  period: z.strictObject({
    type: z.enum(['during', 'as-of', 'target', 'undated']),
    date: partialDate().optional(),
  }),
  /** Short label for chart bars, table rows and figure cards. */
  label: localized(),
  /** One sentence on what is counted. */
  counts: localized(),
  /** Exact words of the source article containing the figure (checked against the article at build). */
  quote: z.string({ error: QUOTE_REQUIRED }).trim().min(1, QUOTE_REQUIRED),
  /** The article writes this figure in Chinese characters (九大领域, 两级); Chinese pages show it so, data keep `value`. */
  writtenInCharacters: z.boolean().optional(),
  /** Source paragraph the quote is in. */
  paragraph: paragraphNumber(),
  /** How a converted value was derived, or a caveat about the wording. */
  note: localized().optional(),
});

export type Statistic = z.infer<typeof statisticSchema>;
