import { createProcessor } from '@mdx-js/mdx';
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { componentReferences, type ReferenceTarget } from './content-components';
import { explicitHeadingId } from './remark-heading-ids';

/**
 * What an MDX page refers to, read from its syntax tree (parsed like the build parses it: MDX and GFM):
 * its h2/h3 headings with their explicit ids, and every attribute that `componentReferences` declares.
 */
export interface PageReferences {
  /** h2/h3 headings in order; `id` is null when the heading has none. */
  headings: { depth: number; text: string; id: string | null; line: number }[];
  /** Each declared attribute found, by what it refers to; `value` is null when not written as a plain string. */
  references: Reference[];
}

export interface Reference {
  target: ReferenceTarget;
  /** How the page wrote it, for messages: `<Stat id>`. */
  written: string;
  attribute: string;
  value: string | null;
  line: number;
}

/** An MDX syntax error, with the line the parser stopped at. */
export class MdxSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

// Parsing only: the same syntax extensions as the site's pipeline (MDX, remark-gfm), no compilation.
const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

/** Reads headings and references of one page body; throws MdxSyntaxError when the MDX does not parse. */
export function extractPageReferences(body: string): PageReferences {
  let tree: Root;
  try {
    tree = parser.parse(body) as Root;
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    throw new MdxSyntaxError(reason ?? (error as Error).message, line);
  }
  const headings: PageReferences['headings'] = [];
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.depth !== 2 && heading.depth !== 3) return;
    const explicit = explicitHeadingId(heading);
    const text = toString(heading)
      .replace(explicit?.suffix ?? '', '')
      .trim();
    headings.push({ depth: heading.depth, text, id: explicit?.id ?? null, line: heading.position?.start.line ?? 0 });
  });
  const references: Reference[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const declared = componentReferences[element.name as keyof typeof componentReferences] as Record<string, ReferenceTarget> | undefined;
    if (!declared) return;
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !(attribute.name in declared)) continue;
      references.push({
        target: declared[attribute.name]!,
        written: `<${element.name} ${attribute.name}>`,
        attribute: attribute.name,
        value: typeof attribute.value === 'string' ? attribute.value : null,
        line: attribute.position?.start.line ?? element.position?.start.line ?? 0,
      });
    }
  });
  return { headings, references };
}

/** The values referring to one kind of content, in page order. */
export function referencedIds(refs: PageReferences, target: ReferenceTarget): string[] {
  return refs.references.filter((r) => r.target === target && r.value !== null).map((r) => r.value!);
}
