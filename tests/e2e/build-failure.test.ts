import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real `astro build`, on a copy of the project with one defect, must stop and say where the defect is.
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildWithDefect(file: string, from: string, to: string) {
  const root = mkdtempSync(join(tmpdir(), 'broken-site-'));
  copies.push(root);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(process.cwd(), entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The output as lines, without the time stamps the logger puts in front. */
const lines = (output: string) => output.trim().split('\n').map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));

describe('astro build on bad content', () => {
  it('fails on a statistic whose quote is not in the article, printing only the problem list', () => {
    const { status, output } = buildWithDefect('content/statistics.yaml', 'quote: "其中2018年社会治安满意度98.56%', 'quote: "其中2018年社会治安满意度99.56%');
    expect(status).toBe(1);
    // A writer's mistake reads as a list of mistakes, not as a crash: no "unhandled error", no stack trace.
    expect(lines(output)).toEqual([
      '[ERROR] [safe-qingdao:content-validation] 1 content problem(s):',
      expect.stringMatching(/^ {2}- content\/statistics\.yaml › public-security-satisfaction-2018\.quote: quote "其中2018年社会治安满意度99\.56%.*" is not found in the source article$/),
    ]);
  });

  it('fails on a YAML syntax error instead of building from stale data', () => {
    const { status, output } = buildWithDefect('content/glossary.yaml', '- id: ', '- id: [');
    expect(status).toBe(1);
    expect(lines(output)).toEqual([
      '[ERROR] [safe-qingdao:content-validation] 1 content problem(s):',
      expect.stringMatching(/^ {2}- content\/glossary\.yaml: YAML syntax error: /),
    ]);
  });
});
