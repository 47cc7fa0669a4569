import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freePort } from './support/free-port';

// `npm run dev` is the first thing a writer runs: it must start, serve a page, and print no [ERROR] line.
// `--ignore-lock` leaves a dev server the developer has running alone.
describe('astro dev', () => {
  it('starts and serves a page without an [ERROR] line', { timeout: 180_000 }, async () => {
    const port = await freePort();
    // Vite scans the dependencies (where the [ERROR] of a bad component shows) only without a warm cache:
    // start from none, as a fresh clone does. It is rebuilt on every start anyway.
    rmSync('node_modules/.vite/deps', { recursive: true, force: true });
    // As from a terminal: without Vitest's NODE_ENV=test and VITEST* variables, which change how Vite serves.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
    const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      detached: true,
    });
    let output = '';
    // Colour codes stripped, in case the terminal settings force them.
    const add = (chunk: Buffer) => (output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
    dev.stdout.on('data', add);
    dev.stderr.on('data', add);
    try {
      await expect.poll(() => output, { timeout: 120_000, interval: 500 }).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/`));
      const response = await fetch(`http://127.0.0.1:${port}/zh/overview/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<html lang="zh-CN"');
      // Vite's dependency scan runs in the background after start-up; give it time to report.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    } finally {
      process.kill(-dev.pid!, 'SIGTERM');
    }
    expect(output.split('\n').filter((line) => line.includes('[ERROR]'))).toEqual([]);
  });
});
