import { describe, expect, it } from 'vitest';
import { extractPageReferences, MdxSyntaxError, referencedIds } from '../../src/lib/mdx-references';

describe('extractPageReferences(mdx)', () => {
  const body = [
    '## 扫黑除恶 \\{#anti-gang-campaign\\}',
    '',
    'Text <Stat id="criminal-cases-change-2018" /> <Src p="p7" /> <Term id="fengqiao-experience">x</Term>',
    '',
    '### 无编号',
    '',
    '```md',
    '## not a heading \\{#in-code\\}',
    '<Stat id="in-code" />',
    '```',
    '',
    '| a | b |',
    '| - | - |',
    '| <Stat id="in-table" /> | `<Stat id="in-inline-code" />` |',
    '',
    '<Chart dataset="anti-gang-cases" />',
    '',
    '<StatCards>',
    '  <StatCard id="legal-service-stations" />',
    '</StatCards>',
    '',
    '<Src p={7} />',
  ].join('\n');
  const refs = extractPageReferences(body);

  it('reads explicit heading ids, notices headings without one, and skips code', () => {
    expect(refs.headings).toEqual([
      { depth: 2, text: '扫黑除恶', id: 'anti-gang-campaign', line: 1 },
      { depth: 3, text: '无编号', id: null, line: 5 },
    ]);
  });

  it('collects every declared attribute from the tree, in tables and nested elements too, never from code', () => {
    expect(referencedIds(refs, 'statistics')).toEqual(['criminal-cases-change-2018', 'in-table', 'legal-service-stations']);
    expect(referencedIds(refs, 'datasets')).toEqual(['anti-gang-cases']);
    expect(referencedIds(refs, 'glossary')).toEqual(['fengqiao-experience']);
    expect(referencedIds(refs, 'paragraphs')).toEqual(['p7']);
  });

  it('keeps an expression value as null with its line, for the validator to reject', () => {
    expect(refs.references.at(-1)).toEqual({ target: 'paragraphs', written: '<Src p>', attribute: 'p', value: null, line: 22 });
  });

  it('throws an MdxSyntaxError with the line of an unclosed element', () => {
    expect(() => extractPageReferences('## A \\{#a\\}\n\n<Term id="x">open\n')).toThrow(MdxSyntaxError);
  });
});
