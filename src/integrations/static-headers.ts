import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxHeaders, responseHeaders } from '../lib/security-headers';

/**
 * Writes the response headers after the build, from the one list in src/lib/security-headers.ts:
 * dist/_headers for hosts that read it, and dist/nginx-headers.conf that deploy/nginx.conf includes.
 */
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
        writeFileSync(fileURLToPath(new URL('nginx-headers.conf', dir)), nginxHeaders(responseHeaders));
      },
    },
  };
}
