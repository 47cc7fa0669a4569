import { describe, expect, it } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkSourceMarks } from '../../src/lib/remark-source-marks';

/** One MDX paragraph after the plugin, with each <Src p="pN"> written as [pN]. */
function marks(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSourceMarks);
  const tree = processor.runSync(processor.parse(mdx)) as Root;
  const first = tree.children[0]!;
  const paragraph = (first.type === 'blockquote' ? first.children[0] : first) as Paragraph;
  return paragraph.children
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'mdxJsxTextElement') return `[${String(node.attributes.find((a) => 'name' in a && a.name === 'p')?.value)}]`;
      return `<${node.type}>`;
    })
    .join('');
}

describe('remarkSourceMarks: ¶ marks as a reader expects them', () => {
  it('glues a mark to the word before it (no space to wrap at)', () => {
    expect(marks('心理环境 <Src p="p2" />这场')).toBe('心理环境[p2]这场');
    expect(marks('the plan.   <Src p="p3" /> It')).toBe('the plan.[p3] It');
  });

  it('moves the punctuation that follows a mark before it', () => {
    expect(marks('心理环境 <Src p="p2" />。这场')).toBe('心理环境。[p2]这场');
    expect(marks('in 2021 <Src p="p3" />, and')).toBe('in 2021,[p3] and');
    expect(marks('“九场战役” <Src p="p3" />”。')).toBe('“九场战役””。[p3]');
  });

  it('merges the same paragraph cited twice in a row, and keeps different ones', () => {
    expect(marks('环境 <Src p="p2" /> <Src p="p2" />。')).toBe('环境。[p2]');
    expect(marks('环境<Src p="p2" /><Src p="p2" /><Src p="p3" />。')).toBe('环境。[p2][p3]');
    expect(marks('a <Src p="p2" /> b <Src p="p2" /> c')).toBe('a[p2] b[p2] c');
  });

  it('moves a mark written on a line of its own into the paragraph before it', () => {
    expect(marks('> “…for citizens.”\n> <Src p="p6" />')).toBe('“…for citizens.”[p6]');
    expect(marks('“实现最佳的效果。”陈金国说。\n\n<Src p="p15" />')).toBe('“实现最佳的效果。”陈金国说。[p15]');
  });

  it('leaves a mark inside other inline content alone when nothing precedes it', () => {
    expect(marks('<Src p="p1" /> starts')).toBe('[p1] starts');
  });
});
