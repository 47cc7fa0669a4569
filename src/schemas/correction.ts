import { z } from 'astro/zod';
import { kebabId, localized } from './localized';

/** What a correction did: fixed a fact, fixed the translation, made something clearer, added or removed text. */
export const correctionKinds = ['fact', 'translation', 'clarification', 'addition', 'removal'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

const text = z.string().trim().min(1, 'must not be empty');

/**
 * One dated change to what a page says (content/corrections.yaml), shown on the page, in its dates and in the feed.
 * The build checks that `page` and every `section` exist (src/lib/validate-corrections.ts).
 */
export const correctionSchema = z.strictObject({
  /** Stable kebab-case id: the entry's anchor on its page (`#correction-<id>`). */
  id: kebabId(),
  /** The day the change was published (YYYY-MM-DD). */
  date: z.coerce.date(),
  /** Slug of the page whose text changed (`content/pages/<lang>/<slug>.mdx`). */
  page: kebabId(),
  /**
   * Optional: the anchor(s) on that page the change concerns, one id or a list: a section id (`\{#id\}`), a
   * glossary term, timeline event or figure on the pages that list them, a source paragraph (`p7`) or
   * sentence (`p7-2`) on the source page. Read as a list.
   */
  section: z
    .union([kebabId(), z.array(kebabId()).min(1, 'list at least one section')])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .optional(),
  kind: z.enum(correctionKinds),
  /** What changed and why, one or two sentences per language. */
  summary: localized(),
  /** Where a wording changed: the old wording, quoted as it stood, in the language(s) it changed in. */
  before: z
    .strictObject({ zh: text.optional(), en: text.optional() })
    .refine((b) => b.zh !== undefined || b.en !== undefined, 'give the old wording in at least one language')
    .optional(),
});

export type Correction = z.infer<typeof correctionSchema>;
