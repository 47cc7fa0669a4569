/** Everything under `content/`, as read from disk, before any check. Input of `validateContent`. */
export interface ContentSet {
  /** One per MDX file: `content/pages/<locale>/<slug>.mdx`. */
  pages: { file: string; locale: string; slug: string; frontmatter: unknown; body: string }[];
  statistics: DataFile;
  datasets: DataFile;
  glossary: DataFile;
  timeline: DataFile;
  redirects: DataFile;
  /** `content/corrections.yaml`: the dated corrections log. */
  corrections: DataFile;
  sourceMeta: DataFile;
  /** `content/source/translation.<locale>.yaml`, one per non-source language. */
  translations: (DataFile & { locale: string })[];
  /** The article text as published. */
  article: { file: string; text: string };
  /** Files that could not be read or parsed (YAML syntax, missing file). */
  readErrors: ContentProblem[];
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
