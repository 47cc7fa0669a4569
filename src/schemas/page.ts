import { z } from 'astro/zod';

export const themes = ['overview', 'risk-prevention', 'grassroots-governance', 'smart-policing', 'reference'] as const;

/** Front matter of a page; each slug exists once per language under content/pages/<lang>/<slug>.mdx. */
export const pageSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Short name for the header navigation; the header's list wraps, so 24 characters still fit a phone screen. */
  navTitle: z.string().trim().min(1).max(24),
  /** One or two sentences for search results and link previews. */
  description: z.string().trim().min(10),
  /** Which part of the article the page explains (`reference` for source, data, glossary, timeline, about). */
  theme: z.enum(themes),
  /** Position in the header navigation (smaller first), equal in both languages; a page without one is not listed there. */
  navOrder: z.number().int().nonnegative().optional(),
  /** The date the page was first published; never changes (citations' "published" date). */
  published: z.coerce.date(),
  /** The date the page was last checked against the source article. */
  reviewed: z.coerce.date(),
});

export type PageData = z.infer<typeof pageSchema>;
