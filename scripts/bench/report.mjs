// Output: plain-text tables on stdout and bench-out/results.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { KB, lcpComparison } from './budgets.mjs';

export const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (value) => `${Math.round(value)}`;

/** Left-aligns the first column, right-aligns the rest (numbers), with a rule under the header. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const rawGz = (size) => `${kb(size.raw)}/${kb(size.gzip)}`;

export function pageTable(measures) {
  const rows = measures.map((m) => [
    `${m.name} ${m.path}`,
    m.viewport,
    m.first.requests,
    rawGz(m.first.html),
    rawGz(m.first.css),
    rawGz(m.first.js),
    kb(m.first.icon.gzip),
    kb(m.first.other.gzip),
    rawGz(m.first.total),
    kb(m.first.transfer),
    kb(m.inline.js.gzip),
    kb(m.inline.css.gzip),
  ]);
  return table(['page (first load, no scrolling)', 'viewport', 'reqs', 'HTML raw/gz', 'CSS raw/gz', 'JS raw/gz', 'icons gz', 'other gz', 'TOTAL raw/gz', 'transfer', 'inline JS gz', 'inline CSS gz'], rows);
}

export function scrollTable(measures) {
  const rows = measures
    .filter((m) => m.charts)
    .map((m) => [
      `${m.name} ${m.path}`,
      m.viewport,
      `${m.charts.count} (${m.charts.drawn ? 'all drawn' : 'NOT all drawn'})`,
      m.charts.drawnBeforeScroll,
      m.charts.chartCodeOnFirstLoad.length ? m.charts.chartCodeOnFirstLoad.join(' ') : 'none',
      m.scroll.requests,
      rawGz(m.scroll.js),
      kb(m.first.js.gzip + m.scroll.js.gzip + m.inline.js.gzip),
      m.requests.filter((r) => r.phase === 'scroll' && r.kind === 'js').map((r) => r.path.replace('/_astro/', '')).join(' ') || '-',
    ]);
  return table(['chart page', 'viewport', 'charts', 'drawn before scroll', 'chart code before scroll', 'reqs after scroll', 'JS after scroll raw/gz', 'JS in all gz', 'JS files after scroll'], rows);
}

export function lighthouseTable(lighthouse) {
  const rows = lighthouse.map((l) => {
    const { scores: s, metrics: m } = l.result;
    return [
      `${l.bare ? 'bare ' : ''}${l.name} ${l.path}`,
      l.bare ? '-' : s.performance,
      l.bare ? '-' : s.accessibility,
      l.bare ? '-' : s['best-practices'],
      l.bare ? '-' : s.seo,
      ms(m.fcp),
      ms(m.lcp),
      ms(m.tbt),
      m.cls.toFixed(3),
      l.result.runs,
      Math.round(l.result.benchmarkIndex),
    ];
  });
  return table(['Lighthouse (mobile, simulated throttling)', 'perf', 'a11y', 'best-pr', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'runs', 'CPU index'], rows);
}

export function lcpTable(lighthouse) {
  const rows = lighthouse
    .filter((l) => l.barePath)
    .map((l) => {
      const { bare, ratio, ratios } = lcpComparison(lighthouse, l);
      return [`${l.name} ${l.path}`, ms(l.result.metrics.lcp), ms(bare.result.metrics.lcp), ratios.map((r) => r.toFixed(2)).join(' '), `${ratio.toFixed(2)}×`];
    });
  return table(['LCP vs bare page of the same text', 'ours ms (median)', 'bare ms (median)', 'ratio per run', 'median ratio (≤ 1.10)'], rows);
}

export function budgetLines(budgets) {
  const lines = [];
  for (const b of budgets) {
    lines.push(`${b.held ? 'HELD  ' : 'BROKEN'}  ${b.name} — ${b.page}: ${b.actual} (limit ${b.limit})`);
    for (const cause of b.cause) lines.push(`          cause: ${cause}`);
  }
  const broken = budgets.filter((b) => !b.held).length;
  lines.push('', `${budgets.length - broken} budget(s) held, ${broken} broken`);
  return lines.join('\n');
}

export function scaleTable(scale) {
  const rows = scale.results.flatMap((r) =>
    ['ours', 'plain'].map((site) => {
      const s = r[site];
      const stage = (value) => (value === null || value === undefined ? '?' : value.toFixed(1));
      const st = s.stagesOfMedianRun ?? {};
      return [`N=${r.n} ${site}`, s.pages, s.runsSeconds.map((t) => t.toFixed(1)).join(' / '), s.medianSeconds.toFixed(1), s.msPerPage.toFixed(1), stage(st.bundle), stage(st.render), stage(st.afterBuild)];
    }),
  );
  return table(['build (cold)', 'HTML pages', 'runs s', 'median s', 'ms/page', 'bundle s', 'render s', 'after-build s'], rows);
}

export function scaleSummary(scale) {
  const lines = scale.results.flatMap((r) => {
    const { mdx, pagefind } = r.pipelineFloor;
    const floor = r.plain.medianSeconds + mdx.seconds + pagefind.seconds;
    return [
      `N=${r.n}: ours/plain = ${(r.ours.msPerPage / r.plain.msPerPage).toFixed(2)}× ms/page`,
      `N=${r.n}: the required pipeline alone: MDX + remark-gfm compile ${mdx.seconds.toFixed(1)} s (${mdx.files} files), Pagefind ${pagefind.seconds.toFixed(1)} s (${pagefind.pages} pages); plain + these = ${floor.toFixed(1)} s = ${(floor / r.plain.medianSeconds).toFixed(2)}× plain before any of the site's own work`,
    ];
  });
  const byN = new Map(scale.results.map((r) => [r.n, r]));
  if (byN.has(100) && byN.has(1000)) {
    for (const site of ['ours', 'plain']) {
      const [small, large] = [byN.get(100)[site], byN.get(1000)[site]];
      const growth = large.msPerPage / small.msPerPage;
      // ms/page includes a fixed start-up cost; the cost of each added page shows whether per-page work grows.
      const marginal = ((large.medianSeconds - small.medianSeconds) * 1000) / (large.pages - small.pages);
      lines.push(`growth ${site}: ms/page at N=1000 ÷ at N=100 = ${growth.toFixed(2)}×; each page added between them cost ${marginal.toFixed(1)} ms`);
    }
  }
  return lines.join('\n');
}

/** Writes one section of bench-out/results.json, keeping the other (page and scale runs are separate commands). */
export function writeResults(file, section, data) {
  mkdirSync(dirname(file), { recursive: true });
  let results = {};
  try {
    if (existsSync(file)) results = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    results = {}; // a damaged file is simply replaced
  }
  results[section] = data;
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
}
