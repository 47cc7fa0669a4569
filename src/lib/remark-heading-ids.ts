import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { HEADING_ID_SUFFIX } from './mdx-references';

/**
 * Moves an explicit id written at the end of a heading (`## 扫黑除恶 \{#anti-gang\}`) onto the
 * heading element, so anchors are written once in the content and equal in both languages.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = HEADING_ID_SUFFIX.exec((last as Text).value);
      if (!match) return;
      (last as Text).value = (last as Text).value.replace(HEADING_ID_SUFFIX, '');
      // hProperties become attributes of the HTML element (mdast-util-to-hast); the mdast types omit it.
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      heading.data = { ...data, hProperties: { ...data.hProperties, id: match[1] } } as Heading['data'];
    });
  };
}
