import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { sourceArticleSchema } from './schemas';
import { collectionManifest, type CollectionOfKind, type CollectionSpec } from './schemas/collections';
import { readSourceArticle } from './integrations/read-content';

// Astro's collections, one per line of the manifest (src/schemas/collections.ts): Astro's own loaders, so
// `astro dev` reloads on edits. Cross-checks live in the validator (src/lib/validate-content.ts).
const contentPath = (path: string) => `./content/${path}`;

function loaderFor(name: string, spec: Exclude<CollectionSpec, { kind: 'text' }>) {
  if (spec.kind === 'pages') return glob({ base: contentPath(spec.glob.base), pattern: spec.glob.pattern });
  // A document is one entry, named after its collection (`getEntry('redirects', 'redirects')`).
  return file(contentPath(spec.file), { parser: (text) => (spec.kind === 'list' ? (parseYaml(text) ?? []) : { [name]: parseYaml(text) ?? {} }) });
}

type Wired = 'pages' | CollectionOfKind<'list' | 'document'>;
type SchemaOf<N extends Wired> = (typeof collectionManifest)[N]['schema'];
const fromManifest = Object.fromEntries(
  Object.entries(collectionManifest).flatMap(([name, spec]) =>
    spec.kind === 'text' ? [] : [[name, defineCollection({ loader: loaderFor(name, spec), schema: spec.schema })]],
  ),
) as unknown as { [N in Wired]: { loader: Loader; schema: SchemaOf<N> } };

export const collections = {
  ...fromManifest,
  // The article with its translation and metadata joined into one entry (src/lib/source-article.ts).
  source: defineCollection({ loader: async () => ({ article: readSourceArticle('.') }), schema: sourceArticleSchema }),
};
