// `npm run bench`: page weight, lazy chart loading, Lighthouse and LCP budgets for the built site.
// `npm run bench -- --scale 100,1000 [--runs 3]`: build time with N synthetic pages per language, against plain Astro.
// Options: --strict (exit 1 when a budget breaks), --lh-runs K (Lighthouse runs per page, median; default 5),
// --skip-build (measure bench-out/dist as it is). Results: stdout and bench-out/results.json.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPageBench } from './bench/pages.mjs';
import { budgetLines, lcpTable, lighthouseTable, pageTable, scaleSummary, scaleTable, scrollTable, writeResults } from './bench/report.mjs';
import { runScaleBench } from './bench/scale.mjs';
import { scaleBudgets } from './bench/budgets.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'bench-out');
const resultsFile = resolve(outDir, 'results.json');

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    scale: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'lh-runs': { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
  },
});

const log = (message) => console.error(message);
const positive = (text, name) => {
  const n = Number(text);
  if (Number.isInteger(n) && n >= 1) return n;
  console.error(`${name} must be a positive integer, got "${text}"`);
  process.exit(2);
};

// Astro 7 needs Node ≥ 22; `npm run bench` puts the project's pinned Node first on PATH.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`bench needs the project's Node (24), this is ${process.version}: run it as \`npm run bench\`.`);
  process.exit(2);
}

async function pages() {
  const results = await runPageBench({ root, outDir, lighthouseRuns: positive(values['lh-runs'], '--lh-runs'), skipBuild: values['skip-build'], log });
  writeResults(resultsFile, 'pages', results);
  const sizeNote = 'Sizes in KB (1 KB = 1024 bytes); raw = decoded body, gz = gzip -9 of each body; transfer = bytes on the wire (server gzips text) incl. headers.';
  console.log(['', sizeNote, '', pageTable(results.measures), '', scrollTable(results.measures), '', lighthouseTable(results.lighthouse), '', lcpTable(results.lighthouse), '', 'Budgets', budgetLines(results.budgets), '', 'Notes (not budgets)', ...(results.notes.length ? results.notes.map((n) => `- ${n}`) : ['- none']), ''].join('\n'));
  console.log(`Node ${results.environment.node}, Chromium ${results.environment.chromium}, load average ${results.environment.loadAverageAtStart.join(' ')} → ${results.environment.loadAverageAtEnd.join(' ')}; JSON: ${resultsFile}`);
  return results.budgets.some((b) => !b.held);
}

async function scale() {
  const sizes = values.scale.split(',').map((n) => positive(n.trim(), '--scale'));
  const results = await runScaleBench({ root, outDir, sizes, runs: positive(values.runs, '--runs'), log });
  writeResults(resultsFile, 'scale', results);
  const budgets = scaleBudgets(results);
  console.log(['', scaleTable(results), '', scaleSummary(results), '', 'Budgets', budgetLines(budgets), '', `JSON: ${resultsFile}`].join('\n'));
  return budgets.some((b) => !b.held);
}

try {
  const broken = values.scale ? await scale() : await pages();
  process.exit(broken && values.strict ? 1 : 0);
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(2);
}
