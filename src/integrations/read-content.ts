import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collectionManifest, type CollectionData, type CollectionOfKind } from '../schemas/collections';
import { formatProblem, type ContentProblem, type ContentSet, type DataFile, type PageFile } from '../lib/content-set';
import { buildSourceArticle, parseArticle } from '../lib/source-article';
import type { SourceArticle } from '../schemas/source';

/**
 * The one reader of `content/`: every collection of the manifest (src/schemas/collections.ts), straight
 * from disk. The validator, Astro's collections, the redirects integration and the tests all read through
 * it. It reads files itself rather than trusting Astro's data store, which keeps stale data after a YAML error.
 */
export function readContentSet(root: string, contentDir = 'content'): ContentSet {
  const readErrors: ContentProblem[] = [];
  const data = {} as ContentSet['data'];
  let article: ContentSet['article'] = { file: '', text: '' };
  let pages: PageFile[] = [];
  for (const [name, spec] of Object.entries(collectionManifest)) {
    if (spec.kind === 'pages') pages = readPages(root, contentDir, spec.glob, readErrors);
    else if (spec.kind === 'text')
      article = { file: rel(root, join(root, contentDir, spec.file)), text: readText(root, join(contentDir, spec.file), readErrors) ?? '' };
    else data[name as keyof ContentSet['data']] = readYamlFile(root, join(contentDir, spec.file), readErrors);
  }
  return { pages, data, article, readErrors };
}

/**
 * One YAML collection, checked by its schema: for code that needs the data and not the validator's
 * report (the redirects integration, the tests). Throws with every problem named by file and field.
 */
export function readCollection<N extends CollectionOfKind<'list' | 'document'>>(root: string, name: N, contentDir = 'content'): CollectionData<N> {
  const spec = collectionManifest[name];
  const problems: ContentProblem[] = [];
  const { file, data } = readYamlFile(root, join(contentDir, spec.file), problems);
  const result = (spec.kind === 'list' ? spec.schema.array() : spec.schema).safeParse(data);
  if (problems.length === 0 && result.success) return result.data as CollectionData<N>;
  const issues = result.error?.issues.map((i) => ({ file, field: i.path.join('.'), message: i.message })) ?? [];
  throw new Error([...problems, ...issues].map(formatProblem).join('\n'));
}

const rel = (root: string, path: string) => relative(root, path).split('\\').join('/');

function readText(root: string, path: string, errors: ContentProblem[]): string | undefined {
  const full = join(root, path);
  if (existsSync(full)) return readFileSync(full, 'utf8');
  errors.push({ file: rel(root, full), message: 'file is missing' });
  return undefined;
}

/** A YAML file parsed but not checked; a syntax error becomes a problem naming the file. */
export function readYamlFile(root: string, path: string, errors: ContentProblem[]): DataFile {
  const file = rel(root, join(root, path));
  const text = readText(root, path, errors);
  if (text === undefined) return { file, data: undefined };
  try {
    return { file, data: parseYaml(text) ?? undefined };
  } catch (error) {
    errors.push({ file, message: `YAML syntax error: ${(error as Error).message.split('\n')[0]}` });
    return { file, data: undefined };
  }
}

/** The MDX pages, `<locale>/<slug>.mdx` under the glob's base, as Astro's glob loader names them (`zh/overview`). */
function readPages(root: string, contentDir: string, glob: { base: string; pattern: string }, errors: ContentProblem[]): PageFile[] {
  const base = join(root, contentDir, glob.base);
  if (!existsSync(base)) return [];
  return globSync(glob.pattern, { cwd: base })
    .sort()
    .map((name) => {
      const path = join(base, name);
      const [locale = '', ...rest] = name.split(/[\\/]/);
      const { frontmatter, body, error } = splitFrontmatter(readFileSync(path, 'utf8'));
      if (error) errors.push({ file: rel(root, path), field: 'frontmatter', message: error });
      return { file: rel(root, path), locale, slug: rest.join('/').replace(/\.mdx$/, ''), frontmatter, body };
    });
}

function splitFrontmatter(text: string): { frontmatter: unknown; body: string; error?: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: {}, body: text, error: 'missing front matter (--- … ---)' };
  // The front matter becomes blank lines, so line numbers in the body are the file's line numbers.
  const body = '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length);
  try {
    return { frontmatter: parseYaml(match[1] ?? '') ?? {}, body };
  } catch (error) {
    return { frontmatter: {}, body, error: `YAML syntax error: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** The `source` entry: the article as published, joined with its metadata and translation. */
export function readSourceArticle(root: string, contentDir = 'content'): SourceArticle {
  const errors: ContentProblem[] = [];
  const text = readText(root, join(contentDir, collectionManifest.article.file), errors);
  if (text === undefined) throw new Error(errors.map(formatProblem).join('\n'));
  return buildSourceArticle(parseArticle(text), readCollection(root, 'sourceMeta', contentDir), readCollection(root, 'translation', contentDir));
}
