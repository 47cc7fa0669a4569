// The scale benchmark: cold build time of our site with N synthetic pages per language, against a plain
// Astro project with the same pages, median of K runs each; reported as total seconds and ms per HTML page.
import { loadavg } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { countHtml, runLogged } from './build.mjs';
import { cleanBuildState, createOurProject, createPlainProject } from './projects.mjs';
import { pipelineFloor } from './pipeline-floor.mjs';
import { median } from './stats.mjs';

/** Astro's CLI entry, as its package.json names it (what `npx astro` would run). */
function astroBin(dir) {
  const { bin } = JSON.parse(readFileSync(join(dir, 'node_modules/astro/package.json'), 'utf8'));
  return join('node_modules/astro', typeof bin === 'string' ? bin : bin.astro);
}

/** Seconds from Astro's "1m 3s" / "30.61s" / "189ms". */
function seconds(text) {
  const match = /(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)/.exec(text);
  if (!match) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

const clock = (line) => {
  const [h, m, s] = line.slice(0, 8).split(':').map(Number);
  return h * 3600 + m * 60 + s;
};

/**
 * Where a build spent its time, read from Astro's log: bundling (Vite, where MDX compiles), rendering the
 * pages, and the integrations after the build (sitemap, Pagefind, _headers). Null where a line is missing.
 */
export function buildStages(logFile) {
  const lines = readFileSync(logFile, 'utf8').split('\n');
  const find = (pattern) => lines.find((l) => pattern.test(l));
  const bundle = find(/\[vite\] ✓ built in/);
  const render = find(/^\S+ ✓ Completed in/);
  // The last "[build] ✓ Completed" is the whole build before the integrations' build:done hooks (1 s resolution).
  const buildDone = lines.filter((l) => /\[build\] ✓ Completed in/.test(l)).at(-1);
  const allDone = find(/page\(s\) built in/);
  return {
    bundle: bundle ? seconds(bundle.split('built in')[1]) : null,
    render: render ? seconds(render.split('Completed in')[1]) : null,
    afterBuild: buildDone && allDone ? (clock(allDone) - clock(buildDone) + 86400) % 86400 : null,
  };
}

/** One cold build with the Node running this script (the project's pinned Node 24, via `npm run bench`). */
async function timedBuild(dir, logFile) {
  cleanBuildState(dir);
  return runLogged(process.execPath, [astroBin(dir), 'build'], { cwd: dir, logFile });
}

async function benchSize(root, outDir, n, runs, log) {
  log(`N=${n}: generating ${n} pages per language in two temp projects …`);
  const dirs = { ours: await createOurProject(root, n), plain: await createPlainProject(root, n) };
  const times = { ours: [], plain: [] };
  try {
    // Alternating the two builds spreads any change in machine load over both.
    for (let run = 1; run <= runs; run += 1) {
      for (const site of ['ours', 'plain']) {
        const seconds = await timedBuild(dirs[site], join(outDir, 'scale', `${site}-${n}-run${run}.log`));
        times[site].push(seconds);
        log(`  N=${n} ${site} run ${run}/${runs}: ${seconds.toFixed(1)} s (load ${loadavg()[0].toFixed(2)})`);
      }
    }
    const result = { n };
    for (const site of ['ours', 'plain']) {
      const pages = countHtml(join(dirs[site], 'dist'));
      const medianSeconds = median(times[site]);
      const medianRun = times[site].indexOf(medianSeconds) + 1 || 1;
      const stages = buildStages(join(outDir, 'scale', `${site}-${n}-run${medianRun}.log`));
      result[site] = { pages, runsSeconds: times[site], medianSeconds, msPerPage: (medianSeconds * 1000) / pages, stagesOfMedianRun: stages };
    }
    log(`  N=${n}: timing the required pipeline alone (MDX compile, Pagefind) …`);
    result.pipelineFloor = await pipelineFloor(dirs.ours);
    return result;
  } finally {
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  }
}

export async function runScaleBench({ root, outDir, sizes, runs, log }) {
  const results = [];
  for (const n of sizes) results.push(await benchSize(root, outDir, n, runs, log));
  return { date: new Date().toISOString(), node: process.version, runs, loadAverageAtEnd: loadavg().map((x) => x.toFixed(2)), results };
}
