import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, subpathDist } from './support/site';

// The W3C Nu Html Checker (vnu-jar, run by the system's Java) on every HTML file of both builds, in one
// JVM start (the checker takes all the files at once; a start per file would take minutes).
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));

describe('HTML validity (Nu Html Checker)', () => {
  it('finds no error in any page of dist/ or dist-subpath/', { timeout: 300_000 }, () => {
    const files = [...htmlFiles(dist), ...htmlFiles(subpathDist)];
    expect(files.length).toBeGreaterThan(40); // both builds are there, every page and redirect of each
    const run = spawnSync(process.env.JAVA ?? 'java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.error) throw new Error(`Java is needed for the HTML checker (apt-get install -y default-jre-headless): ${run.error.message}`);
    const { messages } = JSON.parse(run.stderr) as { messages: { url: string; type: string; message: string; lastLine?: number; extract?: string }[] };
    const errors = messages.map(
      (m) => `${relative(process.cwd(), new URL(m.url).pathname)}:${m.lastLine ?? ''}: ${m.message}${m.extract ? ` (${m.extract.trim()})` : ''}`,
    );
    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  });
});
