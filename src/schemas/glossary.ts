import { z } from 'astro/zod';
import { kebabId, localized, paragraphNumber } from './localized';

/** A programme term or slogan of the article, with one consistent English rendering. */
export const glossaryTermSchema = z.strictObject({
  id: kebabId(),
  /** The term as the article writes it. */
  zh: z.string().trim().min(1),
  pinyin: z.string().trim().min(1).optional(),
  /** The one English rendering used on every page. */
  en: z.string().trim().min(1),
  /** What the article says of the term. */
  explanation: localized(),
  /** Source paragraphs that use the term. */
  paragraphs: z.array(paragraphNumber()).min(1),
  /** General background not taken from the article; shown marked as background. */
  background: localized().optional(),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
