import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentProblem, ContentSet, DataFile } from '../lib/content-set';

/**
 * Reads `content/` straight from disk, as the validator needs it. It reads files itself rather than
 * trusting Astro's data store, which keeps stale data after a YAML syntax error.
 */
export function readContentSet(root: string, contentDir = 'content'): ContentSet {
  const base = join(root, contentDir);
  const readErrors: ContentProblem[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  const readText = (path: string): string | undefined => {
    if (existsSync(path)) return readFileSync(path, 'utf8');
    readErrors.push({ file: rel(path), message: 'file is missing' });
    return undefined;
  };
  const readYaml = (path: string): DataFile => {
    const text = readText(path);
    if (text === undefined) return { file: rel(path), data: undefined };
    try {
      return { file: rel(path), data: parseYaml(text) ?? undefined };
    } catch (error) {
      readErrors.push({ file: rel(path), message: `YAML syntax error: ${(error as Error).message.split('\n')[0]}` });
      return { file: rel(path), data: undefined };
    }
  };

  const pages: ContentSet['pages'] = [];
  const pagesDir = join(base, 'pages');
  for (const locale of existsSync(pagesDir) ? readdirSync(pagesDir) : []) {
    for (const name of readdirSync(join(pagesDir, locale)).filter((n) => n.endsWith('.mdx'))) {
      const path = join(pagesDir, locale, name);
      const { frontmatter, body, error } = splitFrontmatter(readFileSync(path, 'utf8'));
      if (error) readErrors.push({ file: rel(path), field: 'frontmatter', message: error });
      pages.push({ file: rel(path), locale, slug: name.replace(/\.mdx$/, ''), frontmatter, body });
    }
  }

  const sourceDir = join(base, 'source');
  const translations = (existsSync(sourceDir) ? readdirSync(sourceDir) : [])
    .map((name) => /^translation\.([a-z-]+)\.yaml$/.exec(name)?.[1])
    .filter((locale): locale is string => Boolean(locale))
    .map((locale) => ({ ...readYaml(join(sourceDir, `translation.${locale}.yaml`)), locale }));

  const articlePath = join(sourceDir, 'article.zh.txt');
  return {
    pages,
    statistics: readYaml(join(base, 'statistics.yaml')),
    datasets: readYaml(join(base, 'datasets.yaml')),
    glossary: readYaml(join(base, 'glossary.yaml')),
    timeline: readYaml(join(base, 'timeline.yaml')),
    redirects: readYaml(join(base, 'redirects.yaml')),
    corrections: readYaml(join(base, 'corrections.yaml')),
    sourceMeta: readYaml(join(sourceDir, 'meta.yaml')),
    translations,
    article: { file: rel(articlePath), text: readText(articlePath) ?? '' },
    readErrors,
  };
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
