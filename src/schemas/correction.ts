import { z } from 'astro/zod';
import { kebabId, localized } from './localized';

/** What a correction did: fixed a fact, fixed the translation, made something clearer, added or removed text. */
export const correctionKinds = ['fact', 'translation', 'clarification', 'addition', 'removal'] as const;

const text = z.string().trim().min(1, 'must not be empty');

/** One dated change to what a page says (content/corrections.yaml), shown on the page, in its dates and in the feed. */
export const correctionSchema = z.strictObject({
  /** Stable kebab-case id: the entry's anchor on its page (`#correction-<id>`). */
  id: kebabId(),
  /** The day the change was published (YYYY-MM-DD). */
  date: z.coerce.date(),
  /** Slug of the page whose text changed (`content/pages/<lang>/<slug>.mdx`). */
  page: kebabId(),
  /** Optional: the section id it concerns, or on the source page a paragraph id (`p7`). */
  section: z.string().trim().min(1).optional(),
  kind: z.enum(correctionKinds),
  /** What changed and why, one or two sentences per language. */
  summary: localized(),
  /** Where a wording changed: the old wording, quoted as it stood, in the language(s) it changed in. */
  before: z.strictObject({ zh: text.optional(), en: text.optional() }).optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
