import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** `{#id}` at the end of a heading (written `\{#id\}` in MDX, where braces start expressions). */
const HEADING_ID_SUFFIX = /\s*\\?\{#([^}\\\s]+)\\?\}\s*$/;

/** The explicit id at the end of a heading's last text, and the text it was written as; null when there is none. */
export function explicitHeadingId(heading: Heading): { id: string; suffix: string; node: Text } | null {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return null;
  const match = HEADING_ID_SUFFIX.exec(last.value);
  return match ? { id: match[1]!, suffix: match[0], node: last } : null;
}

/**
 * Moves an explicit id written at the end of a heading (`## 扫黑除恶 \{#anti-gang\}`) onto the
 * heading element, so anchors are written once in the content and equal in both languages.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const explicit = explicitHeadingId(heading);
      if (!explicit) return;
      explicit.node.value = explicit.node.value.slice(0, -explicit.suffix.length);
      // hProperties become attributes of the HTML element (mdast-util-to-hast); the mdast types omit it.
      const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
      heading.data = { ...data, hProperties: { ...data.hProperties, id: explicit.id } } as Heading['data'];
    });
  };
}
