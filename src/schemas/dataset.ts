import { z } from 'astro/zod';
import { kebabId, localized } from './localized';

/** A chart's data: which statistics it plots and how it is labelled. Values come only from `statistics`. */
export const datasetSchema = z.strictObject({
  id: kebabId(),
  title: localized(),
  /** What the data shows and what it does not (e.g. "two figures, not a trend"). */
  description: localized(),
  /** Statistic ids, in plotting order; all must share one unit (one axis, one unit). */
  statistics: z.array(kebabId()).min(2, 'a chart needs at least two statistics; use a figure card for one'),
  /** The unit the values share, shown under the title ("Unit: cases"); bars are labelled by their statistics. */
  unit: localized(),
});

export type Dataset = z.infer<typeof datasetSchema>;
