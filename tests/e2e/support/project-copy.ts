import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** A throwaway copy of the project (sharing node_modules), for a real `astro build` of edited content. */
export function copyProject(prefix: string): {
  root: string;
  edit: (file: string, from: string, to: string) => void;
  build: () => { status: number | null; output: string };
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(process.cwd(), entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}: the test no longer plants what it says`);
      writeFileSync(path, text.replace(from, to));
    },
    build() {
      const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      // CI may force colour on; the output a test reads is the text a person reads.
      return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
