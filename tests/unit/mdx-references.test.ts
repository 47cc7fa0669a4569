import { describe, expect, it } from 'vitest';
import { extractPageReferences } from '../../src/lib/mdx-references';

describe('extractPageReferences(mdx)', () => {
  const body = [
    '## 扫黑除恶 \\{#anti-gang-campaign\\}',
    'Text <Stat id="criminal-cases-change-2018" /> <Src p="p7" /> <Term id="fengqiao-experience">x</Term>',
    '### 无编号',
    '```md',
    '## not a heading \\{#in-code\\}',
    '```',
    '<Chart dataset="anti-gang-cases" />',
    '<StatCards><StatCard id="legal-service-stations" /></StatCards>',
  ].join('\n');
  const refs = extractPageReferences(body);

  it('reads explicit heading ids and notices headings without one', () => {
    expect(refs.headings).toEqual([
      { depth: 2, text: '扫黑除恶', id: 'anti-gang-campaign', line: 1 },
      { depth: 3, text: '无编号', id: null, line: 3 },
    ]);
  });

  it('collects the ids passed to the content components', () => {
    expect(refs.statistics).toEqual(['criminal-cases-change-2018', 'legal-service-stations']);
    expect(refs.datasets).toEqual(['anti-gang-cases']);
    expect(refs.terms).toEqual(['fengqiao-experience']);
    expect(refs.paragraphs).toEqual(['p7']);
  });
});
