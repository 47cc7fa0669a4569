// `npm test`: the format check, the unit tests and the production build side by side, then the type check beside
// the build for a sub-path, then the built-site tests in Node and Chromium. Ends with one line `N passed, N failed` (the totals
// of every Vitest run) and a non-zero exit on any failure.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0 };
let broken = false;

/**
 * Runs a command; its output is printed in one piece when it ends, so steps that run side by side stay
 * readable. Vitest prints as it goes (`live`), and only one live step runs at a time.
 */
function run(label, command, args, { live = false } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    if (!live) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    if (live) console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
    child.on('close', (status) => {
      if (!live) process.stdout.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n${output}`);
      console.log(`◀ ${label}: ${status === 0 ? 'ok' : `exit ${status}`} in ${Math.round((Date.now() - started) / 1000)} s`);
      if (status !== 0) broken = true;
      resolve(status === 0);
    });
  });
}

/** Runs one Vitest project and adds its totals; resolves to whether it passed. */
async function vitest(project) {
  const output = `${results}/${project}.json`;
  const ok = await run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${output}`], {
    live: project === 'e2e',
  });
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    totals.passed += report.numPassedTests;
    // A test file that fails to load has no failed tests of its own: count it once as a failure.
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'));
    totals.failed += report.numFailedTests + brokenFiles.length;
  } catch {
    totals.failed += 1; // Vitest did not even write a report: count the run itself as a failure.
  }
  return ok;
}

const started = Date.now();
// Two rounds of steps side by side, then the browser tests. Astro's content store in .astro/ is written by every
// build (and by the type check unless told not to); two writers at once collide (ENOENT renaming
// .astro/content-assets.mjs.tmp), so each round has one build, and the type check reads the store the build left.
const [formatted, , built] = await Promise.all([
  // Code is formatted by Prettier (`npm run format`); content/ is the writers' and is left out (.prettierignore).
  run('format check', 'npm', ['run', 'format:check']),
  vitest('unit'),
  run('build', 'npm', ['run', 'build']),
]);
const [checked, builtSubpath] = await Promise.all([
  // Type errors include a UI string missing in one language (the dictionaries are typed).
  run('type check', 'npm', ['run', 'check', '--', '--noSync']),
  // The same site for a host that serves it under a sub-path; tests/e2e/subpath.test.ts crawls it.
  built ? run('sub-path build', 'npm', ['run', 'build', '--', '--site', 'https://example.org', '--base', '/safe-qingdao/', '--outDir', 'dist-subpath']) : false,
]);
for (const ok of [formatted, checked]) if (!ok) totals.failed += 1;
if (built && builtSubpath) await vitest('e2e');
else totals.failed += 1;

console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
