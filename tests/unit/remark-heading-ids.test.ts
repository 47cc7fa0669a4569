import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '../../src/lib/remark-heading-ids';

/** The page compiled as the site compiles it (MDX, remark-gfm, the heading-id plugin), as JSX source. */
async function compiled(mdx: string): Promise<string> {
  return String(await compile(mdx, { jsx: true, remarkPlugins: [remarkGfm, remarkHeadingIds] }));
}

describe('remarkHeadingIds', () => {
  it('puts the explicit id on the heading and removes it from the text', async () => {
    const out = await compiled('## 扫黑除恶 \\{#anti-gang-campaign\\}\n\n### Results \\{#results\\}\n');
    expect(out).toContain('<_components.h2 id="anti-gang-campaign">{"扫黑除恶"}</_components.h2>');
    expect(out).toContain('<_components.h3 id="results">{"Results"}</_components.h3>');
    expect(out).not.toContain('{#');
  });

  it('keeps the id when the heading ends in inline markup before it', async () => {
    expect(await compiled('## The *Fengqiao* model \\{#fengqiao\\}\n')).toMatch(/<_components\.h2 id="fengqiao">.*model/);
  });

  it('leaves a heading without an id, and braces in the middle of a heading, alone', async () => {
    const out = await compiled('## Plain heading\n\n## A \\{#not-last\\} word\n');
    expect(out).toContain('<_components.h2>{"Plain heading"}</_components.h2>');
    expect(out).toContain('{"A {#not-last} word"}');
  });
});
