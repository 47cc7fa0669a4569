// The benchmark's verdicts: a budget printed as HELD must really hold, and the bare page must be the same text.
import { describe, expect, it } from 'vitest';
import { bareHtml } from '../../scripts/bench/bare-page.mjs';
import { cssVerdict, lcpVerdicts, scaleVerdicts, sizeVerdicts } from '../../scripts/bench/verdicts.mjs';

describe('bench: LCP against the bare page', () => {
  const held = (ours: number[], bare: number[]) => lcpVerdicts({ '/en/x/': ours, '/bare/en/x/': bare }, ['/en/x/'])[0].held;

  it('holds at 1.1 × and breaks above it, on the median of the runs', () => {
    expect(held([1100, 1100, 1100], [1000, 1000, 1000])).toBe(true);
    expect(held([1120, 900, 1120], [1000, 1000, 1000])).toBe(false);
  });
});

describe('bench: size-limit and CSS', () => {
  it('reports size-limit’s verdict in KB of 1024 bytes', () => {
    expect(sizeVerdicts([{ name: 'text JS', passed: false, size: 3200, sizeLimit: 3072 }])).toEqual([
      { name: 'text JS', held: false, value: '3.1 KB', limit: '3.0 KB', cause: [] },
    ]);
  });

  it('holds inline CSS at 5 KB and breaks above', () => {
    expect([cssVerdict('/x/', 5120).held, cssVerdict('/x/', 5121).held]).toEqual([true, false]);
  });
});

describe('bench: the bare page', () => {
  it('keeps the text, escaped, with the page heading as its only h1', () => {
    const html = bareHtml({ lang: 'zh-CN', title: 'T', h1: '原文', main: '原文\n第一段 <b>&\n\n第二段' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<p>第一段 &lt;b&gt;&amp;</p>\n<p>第二段</p>');
    expect(html).not.toMatch(/<script|<style|<link/);
  });
});

describe('bench: build time', () => {
  const size = (n: number, ours: number) => ({ n, ours: { msPerPage: ours }, plain: { msPerPage: 5 } });

  it('holds while ms/page does not grow from the smallest to the largest N, and breaks when it grows', () => {
    expect(scaleVerdicts([size(100, 30), size(1000, 20)])[0]!.held).toBe(true);
    expect(scaleVerdicts([size(100, 20), size(1000, 20.5)])[0]!.held).toBe(false);
  });
});
