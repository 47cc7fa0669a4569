// `npm run bench`: builds the site into bench-out/dist, writes bare pages of the same text, then checks the
// byte budgets with size-limit (.size-limit.cjs), runs Lighthouse CI (lighthouserc.cjs: scores, no fonts, no
// other host) and compares each page's LCP with its bare twin. Every budget prints as HELD or BROKEN.
// Options: --lh-runs K (Lighthouse runs per page; default 1, the machine is shared), --throttling devtools
// (real throttling instead of Lighthouse's simulation), --strict (exit 1 on a broken budget), --skip-build.
// `npm run bench -- --scale 100,1000 [--runs 3]`: build time with N synthetic pages per language vs plain Astro.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bareHtml } from './bench/bare-page.mjs';
import { runLogged } from './bench/build.mjs';
import { runScaleBench } from './bench/scale.mjs';
import { cssVerdict, lcpVerdicts, scaleVerdicts, sizeVerdicts, verdictLines } from './bench/verdicts.mjs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'bench-out');
const dist = join(outDir, 'dist');
const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    scale: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'lh-runs': { type: 'string', default: '1' },
    throttling: { type: 'string', default: 'simulate' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const log = (message) => console.error(message);
/**
 * Runs `npx …` and resolves with its status and output. Asynchronous on purpose: the static server the
 * audited pages come from runs in this process, and a synchronous child would stall it (Lighthouse then waits forever).
 */
const npx = (args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: root, env: { ...process.env, ...env } });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => (out.stdout += chunk));
    child.stderr.on('data', (chunk) => (out.stderr += chunk));
    child.on('close', (status) => resolve({ status, ...out }));
  });
/** Pages compared with their bare twin (LCP budget); the source page is measured but not held to it (README). */
const LCP_PAGES = ['/en/about/', '/en/grassroots-governance/'];
const BARE = [...LCP_PAGES, '/en/source/'];

async function pages() {
  if (!values['skip-build']) {
    log('building into bench-out/dist …');
    await runLogged('npm', ['run', 'build', '--', '--outDir', dist], { cwd: root, logFile: join(outDir, 'build.log') });
  }
  const site = await serveStatic(dist, '/', 9410);
  try {
    const browser = await launchChromium();
    for (const path of BARE) {
      const page = await browser.newPage();
      await page.goto(site.url(path));
      const text = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector('h1')?.innerText ?? '',
        main: document.querySelector('main')?.innerText ?? '',
      }));
      mkdirSync(join(dist, 'bare', path), { recursive: true });
      writeFileSync(join(dist, 'bare', path, 'index.html'), bareHtml(text));
      await page.close();
    }
    await browser.close();

    const size = await npx(['size-limit', '--json']);
    const verdicts = sizeVerdicts(JSON.parse(size.stdout.slice(size.stdout.indexOf('['))));
    for (const path of ['/en/about/', '/zh/about/']) {
      const css = [...readFileSync(join(dist, path, 'index.html'), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
      verdicts.push(cssVerdict(path, gzipSync(css, { level: 9 }).length));
    }

    log(`Lighthouse CI: ${values['lh-runs']} run(s) per page, ${values.throttling} throttling …`);
    rmSync(join(root, '.lighthouseci'), { recursive: true, force: true });
    const env = { LHCI_RUNS: values['lh-runs'], LHCI_THROTTLING: values.throttling };
    await npx(['lhci', 'collect', '--config=lighthouserc.cjs'], env);
    const assert = await npx(['lhci', 'assert', '--config=lighthouserc.cjs'], env);
    await npx(['lhci', 'upload', '--config=lighthouserc.cjs'], env);
    const failed = `${assert.stdout}${assert.stderr}`
      .split('\n')
      .filter((l) => /failure|✘|expected/i.test(l))
      .map((l) => l.trim());
    verdicts.push({
      name: 'Lighthouse CI assertions (100 in all four categories, no fonts, no other host) — /, /en/about/, chart, source',
      held: assert.status === 0,
      value: assert.status === 0 ? 'all pass' : `${failed.length} failing`,
      limit: 'all pass',
      cause: failed.slice(0, 12),
    });

    const lcps = {};
    const rows = [];
    for (const file of readdirSync(join(root, '.lighthouseci')).filter((f) => /^lhr-.*\.json$/.test(f))) {
      const lhr = JSON.parse(readFileSync(join(root, '.lighthouseci', file), 'utf8'));
      const path = new URL(lhr.finalDisplayedUrl ?? lhr.finalUrl).pathname;
      const a = lhr.audits;
      (lcps[path] ??= []).push(a['largest-contentful-paint'].numericValue);
      rows.push(
        `${path.padEnd(30)} perf ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}  FCP ${Math.round(a['first-contentful-paint'].numericValue)} ms  LCP ${Math.round(a['largest-contentful-paint'].numericValue)} ms  TBT ${Math.round(a['total-blocking-time'].numericValue)} ms  CPU index ${Math.round(lhr.environment.benchmarkIndex)}`,
      );
    }
    verdicts.push(...lcpVerdicts(lcps, LCP_PAGES));
    const [source] = lcpVerdicts(lcps, ['/en/source/']);
    console.log(
      [
        '',
        `Lighthouse (mobile, ${values.throttling} throttling, shared machine: see CPU index)`,
        ...rows.sort(),
        '',
        `Not a budget: source page LCP ${source.value} of its bare page (${source.cause[0]})`,
        '',
        'Budgets',
        ...verdictLines(verdicts),
        '',
        `Reports: bench-out/lhci/, .lighthouseci/`,
      ].join('\n'),
    );
    return verdicts.some((v) => !v.held);
  } finally {
    await site.close();
  }
}

async function scale() {
  const sizes = values.scale.split(',').map(Number);
  const results = await runScaleBench({ root, outDir, sizes, runs: Number(values.runs), log });
  const rows = results.results.map(
    (r) =>
      `N=${r.n}: ours ${r.ours.pages} pages, ${r.ours.medianSeconds.toFixed(1)} s, ${r.ours.msPerPage.toFixed(1)} ms/page; plain Astro ${r.plain.pages} pages, ${r.plain.medianSeconds.toFixed(1)} s, ${r.plain.msPerPage.toFixed(1)} ms/page (runs: ${r.ours.runsSeconds.map((s) => s.toFixed(1)).join(', ')} / ${r.plain.runsSeconds.map((s) => s.toFixed(1)).join(', ')})`,
  );
  const verdicts = scaleVerdicts(results.results);
  console.log(
    ['', ...rows, '', 'Budgets', ...(verdicts.length ? verdictLines(verdicts) : ['(give two sizes, e.g. --scale 100,1000, for the growth budget)'])].join('\n'),
  );
  return verdicts.some((v) => !v.held);
}

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`bench needs the project's Node (24), this is ${process.version}: run it as \`npm run bench\`.`);
  process.exit(2);
}
try {
  const broken = values.scale ? await scale() : await pages();
  process.exit(broken && values.strict ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(2);
}
