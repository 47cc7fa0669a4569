/**
 * What an MDX page refers to, read from its source text: section ids written as `## Title \{#id\}`,
 * and the ids passed to the content components. The validator uses this to check a page before Astro renders it.
 */
export interface PageReferences {
  /** h2/h3 headings in order; `id` is null when the heading has none. */
  headings: { depth: number; text: string; id: string | null; line: number }[];
  statistics: string[];
  datasets: string[];
  terms: string[];
  /** Source paragraph ids as written (`p7`); anything else is reported by the validator. */
  paragraphs: string[];
}

/** `{#id}` at the end of a heading (written `\{#id\}` in MDX, where braces start expressions). */
export const HEADING_ID_SUFFIX = /\s*\\?\{#([^}\\\s]+)\\?\}\s*$/;

const HEADING_LINE = /^(#{2,3})\s+(.+?)\s*$/;

function attributeValues(body: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?\\b${attribute}=(?:"([^"]*)"|(\\{[^}]*\\}))`, 'g');
  return [...body.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? '');
}

export function extractPageReferences(body: string): PageReferences {
  const headings: PageReferences['headings'] = [];
  let inFence = false;
  body.split('\n').forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    const match = inFence ? null : HEADING_LINE.exec(raw);
    if (!match) return;
    const [, hashes = '', rest = ''] = match;
    const id = HEADING_ID_SUFFIX.exec(rest)?.[1] ?? null;
    headings.push({ depth: hashes.length, text: rest.replace(HEADING_ID_SUFFIX, ''), id, line: index + 1 });
  });
  return {
    headings,
    statistics: [...attributeValues(body, 'Stat', 'id'), ...attributeValues(body, 'StatCard', 'id')],
    datasets: attributeValues(body, 'Chart', 'dataset'),
    terms: attributeValues(body, 'Term', 'id'),
    paragraphs: attributeValues(body, 'Src', 'p'),
  };
}
