import { z } from 'astro/zod';
import { kebabId, localized, paragraphNumber, partialDate } from './localized';

export const units = ['percent', 'cases', 'people', 'count', 'ten-thousand-yuan', 'years', 'per-10k-people'] as const;
export type Unit = (typeof units)[number];

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
  /** Source paragraph the quote is in. */
  paragraph: paragraphNumber(),
  /** How a converted value was derived, or a caveat about the wording. */
  note: localized().optional(),
});

export type Statistic = z.infer<typeof statisticSchema>;
