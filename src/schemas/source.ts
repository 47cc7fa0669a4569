import { z } from 'astro/zod';
import { localized, paragraphIdSchema } from './localized';

/** Facts about the article that its text does not state by itself. */
export const sourceMetaSchema = z.strictObject({
  /** Who published it and that the site reproduces it for reference. */
  attribution: localized(),
  /** The article is dated only "03-18"; the year is inferred from its content. */
  inferredYear: z.number().int(),
  yearNote: localized(),
});

/**
 * One sentence of the article and its translation. The Chinese is kept exactly as the article writes it
 * (not trimmed): the validator checks that a paragraph's sentences join to the paragraph.
 */
export const sentencePairSchema = z.strictObject({
  zh: z.string().min(1, 'must not be empty'),
  en: z.string().trim().min(1, 'the sentence has no translation'),
});

/** A translation of the article, sentence by sentence (keys are paragraph ids, `p1` … `pN`). */
export const sourceTranslationSchema = z.strictObject({
  headline: z.string().trim().min(1),
  /** The article's "原标题" line, translated. */
  originalHeadline: z.string().trim().min(1),
  tags: z.string().trim().min(1),
  paragraphs: z.record(paragraphIdSchema(), z.array(sentencePairSchema).min(1, "must list the paragraph's sentences")),
});

const paragraph = z.strictObject({
  n: z.number().int().positive(),
  /** The article's own sub-headings are numbered paragraphs too. */
  heading: z.boolean(),
  text: localized(),
  /** The paragraph sentence by sentence; `id` is the sentence's anchor (`p7-2`), the same in every language. */
  sentences: z.array(z.strictObject({ id: z.string(), text: localized() })).min(1),
});

/** The article as the site uses it: original text, translation and metadata, in one entry. */
export const sourceArticleSchema = sourceMetaSchema.extend({
  headline: localized(),
  originalHeadline: localized(),
  tags: localized(),
  /** The date exactly as printed ("03-18"). */
  dateAsGiven: z.string(),
  paragraphs: z.array(paragraph).min(1),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
export type SourceTranslation = z.infer<typeof sourceTranslationSchema>;
export type SourceArticle = z.infer<typeof sourceArticleSchema>;
export type SourceParagraph = SourceArticle['paragraphs'][number];
export type SentencePair = z.infer<typeof sentencePairSchema>;
