import type { Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { keepTogether } from './format';

/**
 * Page text keeps dates like `03-18` and a number with its unit on one line (`keepTogether` in format.ts):
 * such a date becomes `<span class="nowrap">`, the space after a number a no-break space.
 */
export function remarkKeepTogether() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const parts = keepTogether(node.value);
      if (parts.length === 1 && !parts[0]!.nowrap) {
        node.value = parts[0]!.text;
        return;
      }
      const nodes = parts.map((part) =>
        part.nowrap
          ? {
              type: 'mdxJsxTextElement',
              name: 'span',
              attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: 'nowrap' }],
              children: [{ type: 'text', value: part.text }],
            }
          : { type: 'text', value: part.text },
      );
      parent.children.splice(index, 1, ...(nodes as Parent['children']));
      return [SKIP, index + nodes.length];
    });
  };
}
