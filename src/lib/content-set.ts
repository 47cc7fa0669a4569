import type { CollectionOfKind } from '../schemas/collections';

/** Everything under `content/`, as read from disk, before any check. Input of `validateContent`. */
export interface ContentSet {
  /** One per MDX file of the `pages` collection: `content/pages/<locale>/<slug>.mdx`. */
  pages: PageFile[];
  /** Each YAML collection of the manifest (src/schemas/collections.ts), parsed as YAML but not yet checked. */
  data: Record<CollectionOfKind<'list' | 'document'>, DataFile>;
  /** The article text as published. */
  article: { file: string; text: string };
  /** Files that could not be read or parsed (YAML syntax, missing file). */
  readErrors: ContentProblem[];
}

export interface PageFile {
  file: string;
  locale: string;
  slug: string;
  frontmatter: unknown;
  /** The MDX after the front matter, which is replaced by blank lines so line numbers stay the file's. */
  body: string;
}

export interface DataFile {
  file: string;
  data: unknown;
}

/** One thing wrong with the content, pointing at the file and, where it can, the field. */
export interface ContentProblem {
  file: string;
  field?: string | undefined;
  message: string;
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file} › ${field}: ${message}` : `${file}: ${message}`;
}
