// The benchmark's verdicts: a budget printed as HELD must really hold, and the bare page must be the same text.
import { describe, expect, it } from 'vitest';
import { bareHtml } from '../../scripts/bench/bare-page.mjs';
import { checkBudgets, scaleBudgets } from '../../scripts/bench/budgets.mjs';

const PATH = '/en/source/';

/** A Lighthouse entry as bench.mjs collects it: per-run LCPs and what the last run fetched. */
function audited(lcps: number[], documentBytes: number, bare: boolean) {
  const requests = [{ url: `http://127.0.0.1${PATH}`, resourceType: 'Document', transferSize: documentBytes }];
  const result = { url: PATH, requests, external: [], fonts: [], failing: [], scores: {}, metrics: { lcp: lcps[1], fcp: lcps[1], tbt: 0 }, perRun: lcps.map((lcp) => ({ lcp })) };
  return bare ? { name: 'source', path: PATH, bare: true, result } : { name: 'source', path: PATH, bare: false, barePath: PATH, result };
}

const lcpVerdict = (ours: number[], bare: number[], oursBytes = 12_000, bareBytes = 11_000) =>
  checkBudgets({ measures: [], lighthouse: [audited(ours, oursBytes, false), audited(bare, bareBytes, true)] }).find((b: { name: string }) => b.name.startsWith('LCP'));

describe('bench: LCP against the bare page', () => {
  it('holds at 1.1 × and breaks above it, on the median of the paired runs', () => {
    expect(lcpVerdict([1100, 1100, 1100], [1000, 1000, 1000]).held).toBe(true);
    expect(lcpVerdict([1120, 900, 1120], [1000, 1000, 1000]).held).toBe(false);
  });

  it('names the extra round trip when only our HTML outgrows the first simulated round trip', () => {
    const verdict = lcpVerdict([1300, 1300, 1300], [1000, 1000, 1000], 18_000, 11_000);
    expect(verdict.cause[0]).toMatch(/one round trip more/);
    expect(lcpVerdict([1300, 1300, 1300], [1000, 1000, 1000], 14_000, 11_000).cause.join('\n')).not.toMatch(/round trip more/);
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

describe('bench: build-time budgets', () => {
  const size = (n: number, ours: number, plain: number) => ({
    n,
    ours: { msPerPage: ours, medianSeconds: (ours * 2 * n) / 1000, runsSeconds: [1, 2, 3] },
    plain: { msPerPage: plain, medianSeconds: (plain * 2 * n) / 1000, runsSeconds: [1, 2, 3] },
    pipelineFloor: { mdx: { seconds: 1, files: 2 * n }, pagefind: { seconds: 1, pages: 2 * n } },
  });
  const verdicts = (results: ReturnType<typeof size>[]) => scaleBudgets({ results }).map((b: { held: boolean }) => b.held);

  it('hold within 1.5 × plain Astro at 1000 pages and with ms/page not growing', () => {
    expect(verdicts([size(100, 30, 20), size(1000, 9, 6)])).toEqual([true, true]);
  });

  it('break above 1.5 × plain, and when ms/page grows from 100 to 1000 pages', () => {
    expect(verdicts([size(100, 8, 20), size(1000, 9.1, 6)])).toEqual([false, false]);
  });
});
