import type { Parent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Punctuation that closes a sentence or clause: a ¶ mark stands after it, never before it. */
const LEADING_PUNCTUATION = /^[。，、；：！？）」』”’.,;:!?)]+/u;

const isMark = (node: RootContent | undefined): node is MdxJsxTextElement => node?.type === 'mdxJsxTextElement' && node.name === 'Src';
const isBlank = (node: RootContent | undefined): node is Text => node?.type === 'text' && node.value.trim() === '';
const paragraphOf = (mark: MdxJsxTextElement) => mark.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'p')?.value;

/**
 * Sets `<Src p>` marks the way a reader expects them whatever the spacing in the MDX: glued to the word
 * before (no space, so a mark cannot wrap alone onto a new line), after the punctuation that follows,
 * one mark where the same paragraph is cited twice in a row, and inside the paragraph it follows when written
 * on a line of its own.
 */
export function remarkSourceMarks() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!('children' in node)) return;
      const children = (node as Parent).children;
      // A mark on a line of its own (a block) belongs to the paragraph it follows.
      for (let i = children.length - 1; i > 0; i--) {
        const block = children[i]!;
        const paragraph = children[i - 1]!;
        if (block.type === 'mdxJsxFlowElement' && block.name === 'Src' && paragraph.type === 'paragraph') {
          paragraph.children.push({ ...block, type: 'mdxJsxTextElement', children: [] } as MdxJsxTextElement);
          children.splice(i, 1);
        }
      }
      for (let start = 0; start < children.length; start++) {
        if (!isMark(children[start])) continue;
        // A run of marks with nothing but spaces between them becomes adjacent marks, each paragraph once in a row.
        const run: MdxJsxTextElement[] = [];
        let end = start;
        while (isMark(children[end]) || (isBlank(children[end]) && isMark(children[end + 1]))) {
          const node = children[end]!;
          if (isMark(node) && (run.length === 0 || paragraphOf(run.at(-1)!) !== paragraphOf(node))) run.push(node);
          end++;
        }
        children.splice(start, end - start, ...run);
        const before = children[start - 1];
        const after = children[start + run.length];
        if (before?.type === 'text') {
          before.value = before.value.replace(/\s+$/u, '');
          const punctuation = after?.type === 'text' ? LEADING_PUNCTUATION.exec(after.value)?.[0] : undefined;
          if (punctuation && after?.type === 'text') {
            before.value += punctuation;
            after.value = after.value.slice(punctuation.length);
          }
        }
        start += run.length - 1;
      }
    });
  };
}
