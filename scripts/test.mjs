// `npm test`: the type check (beside the format check), the unit tests, both production builds (the default one
// and one for a sub-path), then the built-site tests in Node and Chromium. Ends with one line `N passed, N failed` (the totals
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

async function vitest(project) {
  const output = `${results}/${project}.json`;
  await run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${output}`], {
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
}

const started = Date.now();
// Only the format check runs beside the rest: the type check, the unit tests and each build write Astro's content
// store in .astro/, and two of them rewriting it at once (a fresh clone, or a build for another base) collide.
const [checked, formatted] = await Promise.all([
  // Type errors include a UI string missing in one language (the dictionaries are typed).
  run('type check', 'npm', ['run', 'check']),
  // Code is formatted by Prettier (`npm run format`); content/ is the writers' and is left out (.prettierignore).
  run('format check', 'npm', ['run', 'format:check']),
]);
if (!checked) totals.failed += 1;
if (!formatted) totals.failed += 1;
await vitest('unit');
const built =
  (await run('build', 'npm', ['run', 'build'])) &&
  // The same site for a host that serves it under a sub-path; tests/e2e/subpath.test.ts crawls it.
  (await run('sub-path build', 'npm', ['run', 'build', '--', '--site', 'https://example.org', '--base', '/safe-qingdao/', '--outDir', 'dist-subpath']));
if (built) await vitest('e2e');
else totals.failed += 1;

console.log(`\nnpm test took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
