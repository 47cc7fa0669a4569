// The performance budgets, checked against the measurements. Each check returns what was measured
// and, when it breaks, what in the site is responsible (files and their sizes, or the failing audits).
import { htmlBreakdown } from './html-breakdown.mjs';
import { median } from './stats.mjs';

export const KB = 1024;

export const LIMITS = {
  textPageTotal: 12 * KB,
  textPageJs: 3 * KB,
  textPageCss: 5 * KB,
  chartPageJs: 60 * KB,
  lcpRatio: 1.1,
  buildTimeRatio: 1.5,
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

// What Lighthouse's simulated connection delivers in its first round trip (10 TCP segments of 1460 bytes):
// a document larger than this costs a whole extra round trip (150 ms on the mobile preset).
const FIRST_ROUND_TRIP_BYTES = 10 * 1460;

/** The files behind a byte count, largest first: the "cause" lines of a budget. */
function contributors(requests, kinds, inline) {
  const lines = requests
    .filter((r) => kinds.includes(r.kind))
    .sort((a, b) => b.gzip - a.gzip)
    .map((r) => `${r.path}${r.phase === 'scroll' ? ' (after scroll)' : ''}${r.declaredOnly ? ' (declared icon)' : ''}: ${kb(r.gzip)} gzip (${kb(r.raw)} raw)`);
  for (const [label, size] of inline) if (size.gzip) lines.push(`inline ${label} in the HTML: ${kb(size.gzip)} gzip (${kb(size.raw)} raw)`);
  return lines;
}

function check(name, page, held, actual, limit, cause = []) {
  return { name, page, held, actual, limit, cause: held ? [] : cause };
}

/** The HTML's parts as cause lines: the page document is usually most of a text page's bytes. */
function htmlParts(html) {
  return htmlBreakdown(html).map((p) => `  HTML part ${p.part}: ${kb(p.raw)} raw, ${kb(p.gzipSaved)} gzip saved if removed`);
}

function textPageBudgets(m) {
  const first = m.requests.filter((r) => r.phase === 'first');
  const js = m.first.js.gzip + m.inline.js.gzip;
  const css = m.first.css.gzip + m.inline.css.gzip;
  const totalCause = [...contributors(first, ['html', 'css', 'js', 'icon', 'font', 'other'], []), ...htmlParts(m.html)];
  return [
    check('text page ≤ 12 KB gzip in all (HTML+CSS+JS+icons)', m.path, m.first.total.gzip <= LIMITS.textPageTotal, kb(m.first.total.gzip), kb(LIMITS.textPageTotal), totalCause),
    check('text page JS ≤ 3 KB gzip (files + inline)', m.path, js <= LIMITS.textPageJs, kb(js), kb(LIMITS.textPageJs), contributors(first, ['js'], [['JS', m.inline.js]])),
    check('text page CSS ≤ 5 KB gzip (files + inline)', m.path, css <= LIMITS.textPageCss, kb(css), kb(LIMITS.textPageCss), contributors(first, ['css'], [['CSS', m.inline.css]])),
  ];
}

function chartPageBudgets(measures) {
  const results = [];
  const [desktop] = measures;
  const js = desktop.first.js.gzip + desktop.scroll.js.gzip + desktop.inline.js.gzip;
  results.push(check('chart page JS ≤ 60 KB gzip in all (first load + after scroll)', desktop.path, js <= LIMITS.chartPageJs, kb(js), kb(LIMITS.chartPageJs), contributors(desktop.requests, ['js'], [['JS', desktop.inline.js]])));
  for (const m of measures) {
    const c = m.charts;
    const held = c.count > 0 && c.drawn && c.drawnBeforeScroll === 0 && c.chartCodeOnFirstLoad.length === 0 && c.chartCodeAfterScroll.length > 0;
    const cause = [
      ...(c.chartCodeOnFirstLoad.length ? [`chart code fetched before scrolling: ${c.chartCodeOnFirstLoad.join(', ')}`] : []),
      ...(c.drawnBeforeScroll ? [`${c.drawnBeforeScroll} chart(s) drawn before scrolling (figure within 300px of the first screen?)`] : []),
      ...(c.drawn ? [] : [`not every chart was drawn after scrolling (${c.count} figure(s))`]),
      ...(c.chartCodeAfterScroll.length ? [] : ['no chart code fetched after scrolling']),
    ];
    results.push(check(`chart code only after scrolling (${m.viewport} ${m.viewport === 'mobile' ? '412×823' : '1280×800'})`, m.path, held, held ? 'yes' : 'no', 'yes', cause));
  }
  return results;
}

function networkBudgets(measures, lighthouse) {
  const fonts = [...measures.flatMap((m) => m.fonts.map((u) => `${m.path}: ${u}`)), ...lighthouse.flatMap((l) => l.fonts.map((u) => `Lighthouse ${l.url}: ${u}`))];
  const external = [...measures.flatMap((m) => m.external.map((u) => `${m.path}: ${u}`)), ...lighthouse.flatMap((l) => l.external.map((u) => `Lighthouse ${l.url}: ${u}`))];
  return [
    check('no web fonts', 'all measured pages', fonts.length === 0, `${fonts.length} font request(s)`, '0', fonts),
    check('no request to another host than 127.0.0.1', 'all measured pages', external.length === 0, `${external.length} request(s)`, '0', external),
  ];
}

function lighthouseBudgets(lighthouse) {
  return lighthouse
    .filter((l) => !l.bare)
    .map((l) => {
      const s = l.result.scores;
      const held = Object.values(s).every((v) => v === 100);
      const cause = l.result.failing.map((f) => `${f.category} › ${f.id} (${f.title}) score ${f.score}${f.displayValue ? `, ${f.displayValue}` : ''}${f.runs < l.result.runs ? ` [in ${f.runs}/${l.result.runs} runs]` : ''}${f.details.length ? `\n        e.g. ${f.details.join('\n        e.g. ')}` : ''}`);
      return check('Lighthouse 100 in all four categories', l.path, held, `${s.performance}/${s.accessibility}/${s['best-practices']}/${s.seo}`, '100/100/100/100', cause);
    });
}

/** The bare twin of a Lighthouse entry, and the median of the run-by-run LCP ratios (runs were paired). */
export function lcpComparison(lighthouse, entry) {
  const bare = lighthouse.find((b) => b.bare && b.path === entry.barePath);
  const ratios = entry.result.perRun.map((run, i) => run.lcp / bare.result.perRun[i].lcp);
  return { bare, ratio: median(ratios), ratios };
}

function lcpBudgets(lighthouse) {
  return lighthouse
    .filter((l) => l.barePath)
    .map((l) => {
      const { bare, ratio, ratios } = lcpComparison(lighthouse, l);
      const held = ratio <= LIMITS.lcpRatio;
      const fetched = (r) => r.requests.filter((q) => q.resourceType !== 'Other').map((q) => `${q.resourceType} ${new URL(q.url).pathname} ${kb(q.transferSize)}`).join(', ');
      const documentBytes = (r) => r.requests.find((q) => q.resourceType === 'Document')?.transferSize ?? 0;
      const [ours, theirs] = [documentBytes(l.result), documentBytes(bare.result)];
      const extraRoundTrip = ours > FIRST_ROUND_TRIP_BYTES && theirs <= FIRST_ROUND_TRIP_BYTES;
      const cause = [
        ...(extraRoundTrip ? [`the HTML is ${kb(ours)} on the wire, more than the ${kb(FIRST_ROUND_TRIP_BYTES)} of Lighthouse's first simulated round trip; the bare page's ${kb(theirs)} fits, so ours costs one round trip more`] : []),
        `per-run ratios ${ratios.map((r) => r.toFixed(2)).join(', ')}; median LCP ${Math.round(l.result.metrics.lcp)} ms vs bare ${Math.round(bare.result.metrics.lcp)} ms (FCP ${Math.round(l.result.metrics.fcp)} ms vs ${Math.round(bare.result.metrics.fcp)} ms; TBT ${Math.round(l.result.metrics.tbt)} vs ${Math.round(bare.result.metrics.tbt)} ms)`,
        `ours fetched during the run (transfer): ${fetched(l.result)}`,
        `bare fetched: ${fetched(bare.result)}`,
      ];
      return check('LCP ≤ 1.1 × bare page of the same text', l.path, held, `${ratio.toFixed(2)}×`, `${LIMITS.lcpRatio}×`, cause);
    });
}

/** Every budget, in report order. `measures` from measure-page, `lighthouse` as collected by bench.mjs. */
export function checkBudgets({ measures, lighthouse }) {
  const textPages = measures.filter((m) => m.type === 'text' && m.viewport === 'desktop');
  const chartMeasures = measures.filter((m) => m.type === 'chart');
  return [
    ...textPages.flatMap(textPageBudgets),
    ...(chartMeasures.length ? chartPageBudgets(chartMeasures) : []),
    ...networkBudgets(measures, lighthouse.map((l) => l.result)),
    ...lighthouseBudgets(lighthouse),
    ...lcpBudgets(lighthouse),
  ];
}

/** Groups `[key, item]` pairs as `key → [items]`, so one cause seen on many pages is one note. */
function grouped(pairs) {
  const groups = new Map();
  for (const [key, item] of pairs) groups.set(key, [...new Set([...(groups.get(key) ?? []), item])]);
  return groups;
}

/** Things worth knowing that are not budgets: console errors, a missing `js` class, failed requests, noisy CPU. */
export function findings({ measures, lighthouse }) {
  const notes = [];
  const desktop = measures.filter((x) => x.viewport === 'desktop');
  for (const [error, pages] of grouped(desktop.flatMap((m) => m.consoleErrors.map((e) => [e.slice(0, 300), m.path])))) {
    notes.push(`console error on ${pages.join(', ')}: ${error}`);
  }
  const noJsClass = desktop.filter((m) => !m.jsClass).map((m) => m.path);
  if (noJsClass.length) notes.push(`<html> has no "js" class after load on ${noJsClass.join(', ')}: the head script did not run, so these pages keep their no-JavaScript look (e.g. chart figures show the table, yet Chart.js is still fetched and drawn into the hidden canvas)`);
  for (const m of desktop) for (const f of m.failed) notes.push(`${m.path}: request failed: ${f.url} (${f.error})`);
  const errored = grouped(lighthouse.flatMap((l) => l.result.erroredAudits.map((a) => [a.replace(/^[^:]+: /, '').slice(0, 200), a.split(':')[0]])));
  for (const [error, audits] of errored) notes.push(`Lighthouse audits that errored (not scored, so they cannot cost points): ${audits.join(', ')} — ${error}`);
  const indexes = lighthouse.map((l) => l.result.benchmarkIndex);
  // Lighthouse's own guidance: below ~1300 the machine is slow or busy, and simulated TBT runs high.
  if (Math.min(...indexes) < 1300) notes.push(`Lighthouse benchmarkIndex ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))}: the CPU was slow or busy during some runs; TBT and performance scores are pessimistic (compare the bare pages' TBT: they have no JavaScript at all)`);
  return notes;
}

/**
 * The build-time budgets of `--scale`: ms per page at 1000 pages per language within 1.5× plain Astro's, and
 * ms per page not growing from 100 to 1000 pages (per-page cost that grew would mean worse than linear).
 */
export function scaleBudgets(scale) {
  const byN = new Map(scale.results.map((r) => [r.n, r]));
  const budgets = [];
  const large = byN.get(1000);
  if (large) {
    const ratio = large.ours.msPerPage / large.plain.msPerPage;
    const { mdx, pagefind } = large.pipelineFloor;
    const floor = (large.plain.medianSeconds + mdx.seconds + pagefind.seconds) / large.plain.medianSeconds;
    budgets.push(check('build time per page ≤ 1.5 × plain Astro', 'N=1000', ratio <= LIMITS.buildTimeRatio, `${ratio.toFixed(2)}×`, `${LIMITS.buildTimeRatio}×`, [
      `ours ${large.ours.msPerPage.toFixed(1)} ms/page, plain ${large.plain.msPerPage.toFixed(1)} ms/page (medians of ${large.ours.runsSeconds.length} runs)`,
      `the required pipeline alone (MDX + remark-gfm ${mdx.seconds.toFixed(1)} s, Pagefind ${pagefind.seconds.toFixed(1)} s) already makes plain Astro ${floor.toFixed(2)}×`,
    ]));
  }
  const small = byN.get(100);
  if (small && large) {
    const growth = large.ours.msPerPage / small.ours.msPerPage;
    budgets.push(check('build time grows no worse than linearly (ms/page at N=1000 ÷ at N=100 ≤ 1)', '100 → 1000', growth <= 1, `${growth.toFixed(2)}×`, '1×'));
  }
  return budgets;
}
