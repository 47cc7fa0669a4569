import { z } from 'astro/zod';
import { kebabId, localized, paragraphNumber, partialDate } from './localized';

/** A dated event of the article, at the precision the article gives. */
export const timelineEventSchema = z.strictObject({
  id: kebabId(),
  date: partialDate(),
  event: localized(),
  /** The source paragraph, or `dateline` for the article's own date, which is in its dateline (日期:03-18), not in a paragraph. */
  paragraph: z.union([z.literal('dateline'), paragraphNumber()]),
  /** The year is not in the article but inferred (its own date reads only "03-18"). */
  yearInferred: z.boolean().default(false),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
