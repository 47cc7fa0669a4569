// The scale benchmark: cold build time of our site with N synthetic pages per language, against a plain
// Astro project with the same pages, median of K runs each; reported as total seconds and ms per HTML page.
import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { countHtml, runLogged } from './build.mjs';
import { cleanBuildState, createOurProject, createPlainProject } from './projects.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One cold build with the Node running this script (the project's pinned Node 24, via `npm run bench`). */
async function timedBuild(dir, logFile) {
  cleanBuildState(dir);
  return runLogged(process.execPath, ['node_modules/astro/astro.js', 'build'], { cwd: dir, logFile });
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
      result[site] = { pages, runsSeconds: times[site], medianSeconds, msPerPage: (medianSeconds * 1000) / pages };
    }
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
