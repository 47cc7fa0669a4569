import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security-headers';

/** Writes dist/_headers after the build, for hosts that read it: security headers and the CSP, under the base. */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'safe-qingdao:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}
