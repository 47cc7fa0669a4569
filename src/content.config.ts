import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  correctionSchema,
  datasetSchema,
  glossaryTermSchema,
  pageSchema,
  redirectsSchema,
  sourceArticleSchema,
  sourceMetaSchema,
  sourceTranslationSchema,
  statisticSchema,
  timelineEventSchema,
} from './schemas';
import { buildSourceArticle, parseArticle } from './lib/source-article';

// Inline loaders return `{ <id>: data }` so the single entry's data carries no `id` field.
// Collections only wire `content/` to the schemas in src/schemas; cross-checks live in src/lib/validate-content.ts.
const readYaml = (path: string): unknown => parseYaml(readFileSync(path, 'utf8'));

export const collections = {
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '**/*.mdx' }), schema: pageSchema }),
  statistics: defineCollection({ loader: file('./content/statistics.yaml'), schema: statisticSchema }),
  datasets: defineCollection({ loader: file('./content/datasets.yaml'), schema: datasetSchema }),
  glossary: defineCollection({ loader: file('./content/glossary.yaml'), schema: glossaryTermSchema }),
  timeline: defineCollection({ loader: file('./content/timeline.yaml'), schema: timelineEventSchema }),
  corrections: defineCollection({ loader: file('./content/corrections.yaml'), schema: correctionSchema }),
  redirects: defineCollection({
    loader: async () => ({ redirects: readYaml('./content/redirects.yaml') as Record<string, unknown> }),
    schema: redirectsSchema,
  }),
  source: defineCollection({
    loader: async () => {
      const article = buildSourceArticle(
        parseArticle(readFileSync('./content/source/article.zh.txt', 'utf8')),
        sourceMetaSchema.parse(readYaml('./content/source/meta.yaml')),
        sourceTranslationSchema.parse(readYaml('./content/source/translation.en.yaml')),
      );
      return { article };
    },
    schema: sourceArticleSchema,
  }),
};
