import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFile } from '../lib/security-headers';

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

/** Writes dist/_headers after the build: security headers, and each page's CSP as a real header. */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'safe-qingdao:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = [...htmlFiles(root)].flatMap((file) => {
          const csp = cspFromHtml(readFileSync(file, 'utf8'));
          const path = '/' + relative(root, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');
          return csp ? [{ path, csp }] : [];
        });
        writeFileSync(join(root, '_headers'), headersFile(pages, base));
        logger.info(`_headers written for ${pages.length} pages`);
      },
    },
  };
}
