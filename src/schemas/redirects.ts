import { z } from 'astro/zod';
import { kebabId } from './localized';

/**
 * What moved, so cited links keep working: old page slugs (served as redirects in every language)
 * and old section ids per page (mapped to their successor by a small script, as hosts cannot redirect `#fragments`).
 */
export const redirectsSchema = z.strictObject({
  pages: z.record(kebabId(), kebabId()).default({}),
  sections: z.record(kebabId(), z.record(kebabId(), kebabId())).default({}),
});

export type Redirects = z.infer<typeof redirectsSchema>;
