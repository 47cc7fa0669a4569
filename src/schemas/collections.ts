import type { z } from 'astro/zod';
import { sourceLocale } from '../i18n/locales';
import { correctionSchema } from './correction';
import { datasetSchema } from './dataset';
import { glossaryTermSchema } from './glossary';
import { pageSchema } from './page';
import { redirectsSchema } from './redirects';
import { sourceMetaSchema, sourceTranslationSchema } from './source';
import { statisticSchema } from './statistic';
import { timelineEventSchema } from './timeline';

/**
 * Every file under `content/`, once: where it is and which schema it must satisfy. Astro's collections
 * (src/content.config.ts), the build-time validator, the redirects integration and the tests all read
 * content through this list (src/integrations/read-content.ts). A new collection is a schema and a line here.
 *
 * - `pages`: MDX files matched by `glob` (`<locale>/<slug>.mdx`), `schema` checks the front matter;
 * - `list`: a YAML list of entries, each with a kebab-case `id`;
 * - `document`: one YAML document;
 * - `text`: a plain text file (the article as published).
 * Paths are relative to `content/`.
 */
export const collectionManifest = {
  pages: { kind: 'pages', glob: { base: 'pages', pattern: '**/*.mdx' }, schema: pageSchema },
  statistics: { kind: 'list', file: 'statistics.yaml', schema: statisticSchema },
  datasets: { kind: 'list', file: 'datasets.yaml', schema: datasetSchema },
  glossary: { kind: 'list', file: 'glossary.yaml', schema: glossaryTermSchema },
  timeline: { kind: 'list', file: 'timeline.yaml', schema: timelineEventSchema },
  corrections: { kind: 'list', file: 'corrections.yaml', schema: correctionSchema },
  redirects: { kind: 'document', file: 'redirects.yaml', schema: redirectsSchema },
  sourceMeta: { kind: 'document', file: 'source/meta.yaml', schema: sourceMetaSchema },
  translation: { kind: 'document', file: 'source/translation.en.yaml', schema: sourceTranslationSchema },
  /** The article as published, in the source language (`sourceLocale`). */
  article: { kind: 'text', file: `source/article.${sourceLocale}.txt` },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionSpec =
  | { kind: 'pages'; glob: { base: string; pattern: string }; schema: z.ZodType }
  | { kind: 'list' | 'document'; file: string; schema: z.ZodType }
  | { kind: 'text'; file: string };

export type CollectionName = keyof typeof collectionManifest;
type Manifest = typeof collectionManifest;
/** Names of the YAML collections of one kind (`list` or `document`). */
export type CollectionOfKind<K extends CollectionSpec['kind']> = { [N in CollectionName]: Manifest[N]['kind'] extends K ? N : never }[CollectionName];
/** What a YAML collection holds once its schema has parsed it: an array of entries, or the one document. */
export type CollectionData<N extends CollectionOfKind<'list' | 'document'>> = Manifest[N] extends { kind: 'list'; schema: infer S extends z.ZodType }
  ? z.output<S>[]
  : Manifest[N] extends { schema: infer S extends z.ZodType }
    ? z.output<S>
    : never;
