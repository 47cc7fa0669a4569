// The page benchmark: build the site, serve it, measure each page type in Chromium, run Lighthouse on
// the key pages and on bare pages of the same text, then check the budgets.
import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from './build.mjs';
import { writeBarePage } from './bare-page.mjs';
import { checkBudgets, findings } from './budgets.mjs';
import { auditOnce, summarizeRuns } from './lighthouse.mjs';
import { launchBrowser, measurePage } from './measure-page.mjs';
import { serveStatic } from '../serve-static.mjs';

/** One of each page type. `lighthouse`: audited; `bare`: also compared with its bare text page. */
export const PAGES = [
  { name: 'landing', type: 'landing', path: '/', lighthouse: true },
  { name: 'text', type: 'text', path: '/en/about/' },
  { name: 'text', type: 'text', path: '/zh/about/' },
  { name: 'chart', type: 'chart', path: '/en/grassroots-governance/', lighthouse: true, bare: true },
  { name: 'source', type: 'source', path: '/en/source/', lighthouse: true, bare: true },
  { name: 'glossary', type: 'glossary', path: '/zh/glossary/' },
];

async function measureAll(browser, origin) {
  const measures = [];
  for (const page of PAGES) {
    const charts = page.type === 'chart';
    const m = await measurePage(browser, origin, page.path, { charts, text: Boolean(page.bare) });
    measures.push({ ...page, ...m });
    // Lazy loading depends on how far down the charts sit, so the chart page is also checked on a phone screen.
    if (charts) measures.push({ ...page, ...(await measurePage(browser, origin, page.path, { charts, viewport: 'mobile' })) });
  }
  return measures;
}

/**
 * Lighthouse on the key pages and the bare pages. Runs go round by round, each real page next to its bare
 * twin, so a busy spell on the machine hits both sides of the LCP comparison alike.
 */
async function lighthouseAll(siteOrigin, bareOrigin, outDir, runs, log) {
  const targets = [
    ...PAGES.filter((p) => p.lighthouse).map((p) => ({ name: p.name, path: p.path, bare: false, barePath: p.bare ? p.path : undefined, url: siteOrigin + p.path, report: p.type })),
    ...PAGES.filter((p) => p.bare).map((p) => ({ name: p.name, path: p.path, bare: true, url: bareOrigin + p.path, report: `bare-${p.type}` })),
  ];
  // Real page, then its bare twin: the order inside a round.
  const order = targets.filter((t) => !t.bare).flatMap((t) => [t, ...targets.filter((b) => b.bare && b.path === t.barePath)]);
  const lhrs = new Map(targets.map((t) => [t, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const target of order) {
      log(`  Lighthouse run ${run}/${runs} ${target.bare ? 'bare ' : ''}${target.path}`);
      lhrs.get(target).push(await auditOnce(target.url, join(outDir, 'lighthouse', `${target.report}.json`)));
    }
  }
  return targets.map((target) => {
    const { url, report, ...entry } = target;
    return { ...entry, result: summarizeRuns(url, lhrs.get(target)) };
  });
}

/**
 * Runs everything; returns the results object (also what results.json gets under "pages").
 * `log` prints progress to stderr so stdout stays the report.
 */
export async function runPageBench({ root, outDir, lighthouseRuns, skipBuild, log }) {
  const distDir = join(outDir, 'dist');
  const bareDir = join(outDir, 'bare');
  const environment = { node: process.version, loadAverageAtStart: loadavg().map((n) => n.toFixed(2)) };

  let buildSeconds = null;
  if (!skipBuild) {
    log(`Building the site into ${distDir} …`);
    buildSeconds = await buildSite(root, distDir, join(outDir, 'build.log'));
  }

  const site = await serveStatic(distDir);
  const browser = await launchBrowser();
  environment.chromium = browser.version();
  let measures;
  try {
    log(`Measuring ${PAGES.length} pages in Chromium …`);
    measures = await measureAll(browser, site.origin);
  } finally {
    await browser.close();
  }

  rmSync(bareDir, { recursive: true, force: true });
  for (const m of measures.filter((x) => x.text)) writeBarePage(bareDir, m.path, m.text);
  const bare = await serveStatic(bareDir);
  let lighthouse;
  try {
    log(`Running Lighthouse (${lighthouseRuns} run(s) per page) …`);
    lighthouse = await lighthouseAll(site.origin, bare.origin, outDir, lighthouseRuns, log);
  } finally {
    await site.close();
    await bare.close();
  }

  environment.loadAverageAtEnd = loadavg().map((n) => n.toFixed(2));
  const budgets = checkBudgets({ measures, lighthouse });
  const notes = findings({ measures, lighthouse });
  return { date: new Date().toISOString(), environment, buildSeconds, measures: measures.map(({ text, html, ...m }) => m), lighthouse, budgets, notes };
}
