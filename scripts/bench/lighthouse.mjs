// Lighthouse (pinned 13.5.0; 12.x fails several audits on Debian's Chromium 156), run programmatically with its
// default config: mobile form factor and simulated throttling. Each run gets a fresh Chromium, so no cache or
// service state carries over.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './measure-page.mjs';
import { median } from './stats.mjs';

// chrome-launcher is taken from Lighthouse's own dependency tree, so the launcher matches what Lighthouse expects.
const requireFromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse/package.json'));
const chromeLauncher = await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href);

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

// Lighthouse and chrome-launcher read CHROME_PATH wherever they look for a browser themselves.
process.env.CHROME_PATH = CHROMIUM_PATH;

async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  } finally {
    await chrome.kill();
  }
}

/** Audits that cost points: score below 1 in a category where they carry weight. */
function failingAudits(lhr) {
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({ category: id, id: ref.id, title: audit.title, score: Math.round(audit.score * 100) / 100, displayValue: audit.displayValue ?? '', details: detailSummary(audit) });
      }
    }
  }
  return failing;
}

/** A short, readable hint of what an audit found (the first items of its table), for the report. */
function detailSummary(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 3).map((item) => {
    if (item.node) return `${item.node.snippet ?? item.node.selector ?? ''}`.slice(0, 160);
    if (item.description) return String(item.description).slice(0, 160);
    if (item.url) return String(item.url);
    return JSON.stringify(item).slice(0, 160);
  });
}

/** What the run fetched that the budgets forbid: other hosts and font files. */
function networkFindings(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const external = items.map((i) => i.url).filter((u) => /^(https?|wss?):/.test(u) && new URL(u).hostname !== '127.0.0.1');
  const fonts = items.filter((i) => i.resourceType === 'Font' || /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(i.url)).map((i) => i.url);
  return { external, fonts };
}

/** Audits Lighthouse could not compute (they count for nothing, but hide findings). */
const erroredAudits = (lhr) => Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => `${a.id}: ${a.errorMessage}`);

/** What was fetched, for explaining LCP: `[{ url, resourceType, transferSize }]`. */
const requestsOf = (lhr) => (lhr.audits['network-requests']?.details?.items ?? []).map((i) => ({ url: i.url, resourceType: i.resourceType, transferSize: i.transferSize }));

/** One Lighthouse run on `url`; its full JSON report is saved to `reportFile` (the latest run wins). */
export async function auditOnce(url, reportFile) {
  const { lhr, report } = await runOnce(url);
  if (reportFile) {
    mkdirSync(dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, Array.isArray(report) ? report[0] : report);
  }
  return lhr;
}

/** Median of each score and metric over the runs of one URL, and every audit that cost points in any run. */
export function summarizeRuns(url, lhrs) {
  const runs = lhrs.length;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(lhrs.map((l) => Math.round((l.categories[c].score ?? 0) * 100)))]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, median(lhrs.map((l) => l.audits[id].numericValue))]));
  const failing = new Map();
  for (const lhr of lhrs) {
    for (const audit of failingAudits(lhr)) {
      const key = `${audit.category}/${audit.id}`;
      failing.set(key, { ...audit, runs: (failing.get(key)?.runs ?? 0) + 1 });
    }
  }
  const network = lhrs.map(networkFindings);
  return {
    url,
    runs,
    lighthouseVersion: lhrs[0].lighthouseVersion,
    scores,
    metrics,
    perRun: lhrs.map((l) => ({ performance: Math.round(l.categories.performance.score * 100), lcp: l.audits[METRICS.lcp].numericValue, tbt: l.audits[METRICS.tbt].numericValue })),
    failing: [...failing.values()],
    external: [...new Set(network.flatMap((n) => n.external))],
    fonts: [...new Set(network.flatMap((n) => n.fonts))],
    warnings: [...new Set(lhrs.flatMap((l) => l.runWarnings))],
    erroredAudits: [...new Set(lhrs.flatMap(erroredAudits))],
    // Lighthouse's CPU score for this machine at the time; simulated TBT scales with how busy the machine is.
    benchmarkIndex: median(lhrs.map((l) => l.environment.benchmarkIndex)),
    requests: requestsOf(lhrs.at(-1)),
  };
}
