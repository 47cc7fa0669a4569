// Running a build with its output in a log file, timed (the bench's site build and the scale builds).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Runs a command with its output in `logFile` (builds print hundreds of lines); resolves with the wall time
 * in seconds, rejects with the log's tail when it fails.
 */
export function runLogged(command, args, { cwd, logFile, env = process.env }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      log.end(() => {
        if (code === 0) return resolve(seconds);
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}; log: ${logFile}\n${tail}`));
      });
    });
  });
}
