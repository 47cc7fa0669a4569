// `npm test`: type check and unit tests, then a production build (and one for a sub-path), then the built-site tests in Node and Chromium.
// Ends with one line `N passed, N failed` (the totals of every Vitest run) and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0 };
let broken = false;

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) broken = true;
  return status === 0;
}

function vitest(project) {
  const output = `${results}/${project}.json`;
  run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${output}`]);
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

// Type errors include a UI string missing in one language (the dictionaries are typed).
if (!run('type check', 'npm', ['run', 'check'])) totals.failed += 1;
vitest('unit');
const built =
  run('build', 'npm', ['run', 'build']) &&
  // The same site for a host that serves it under a sub-path; tests/e2e/subpath.test.ts crawls it.
  run('sub-path build', 'npm', ['run', 'build', '--', '--site', 'https://example.org', '--base', '/safe-qingdao/', '--outDir', 'dist-subpath']);
if (built) vitest('e2e');
else totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(broken || totals.failed > 0 ? 1 : 0);
