import { z } from 'astro/zod';
import { kebabId, localized, paragraphNumber, partialDate } from './localized';

/** A dated event of the article, at the precision the article gives. */
export const timelineEventSchema = z.strictObject({
  id: kebabId(),
  date: partialDate(),
  event: localized(),
  paragraph: paragraphNumber(),
  /** The year is not in the article but inferred (its own date reads only "03-18"). */
  yearInferred: z.boolean().default(false),
});

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
