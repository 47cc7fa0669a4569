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

describe('astro build on bad content', () => {
  it('fails on a statistic whose quote is not in the article, naming file, entry and field', () => {
    const { status, output } = buildWithDefect('content/statistics.yaml', 'quote: "其中2018年社会治安满意度98.56%', 'quote: "其中2018年社会治安满意度99.56%');
    expect(status).not.toBe(0);
    expect(output).toContain('content/statistics.yaml › public-security-satisfaction-2018.quote: quote "其中2018年社会治安满意度99.56%');
  });

  it('fails on a YAML syntax error instead of building from stale data', () => {
    const { status, output } = buildWithDefect('content/glossary.yaml', '- id: ', '- id: [');
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\.yaml: YAML syntax error/);
  });

  it('fails on a correction pointing at a section its page does not have, naming file, entry and field', () => {
    const { status, output } = buildWithDefect('content/corrections.yaml', 'section: first-environmental-case', 'section: first-environment-case');
    expect(status).not.toBe(0);
    expect(output).toContain('content/corrections.yaml › environmental-civil-pil-heading.section: section "#first-environment-case" is not on page "smart-policing"');
  });
});
