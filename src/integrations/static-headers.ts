import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBase } from '../lib/base-path';
import { framableHeaders, headersFile, nginxHeaders, pagePolicy, responseHeaders, withStyleHashes } from '../lib/security-headers';

/**
 * Adds each page's style hashes to its `<meta>` policy, then writes the response headers: dist/_headers for hosts that read it, and
 * dist/nginx-headers.conf (and nginx-embed-headers.conf for the framable chart embeds) that deploy/nginx.conf includes. Both carry one CSP that allows what each
 * page's own policy (the `<meta>` Astro wrote, with that page's hashes) allows.
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'safe-qingdao:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withBase(config.base, '');
      },
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        const policies = globSync('**/*.html', { cwd: site }).flatMap((file) => {
          const html = withStyleHashes(readFileSync(join(site, file), 'utf8'));
          writeFileSync(join(site, file), html);
          const policy = pagePolicy(html);
          return policy ? [policy] : [];
        });
        const headers = responseHeaders(policies);
        writeFileSync(join(site, '_headers'), headersFile(base, headers));
        writeFileSync(join(site, 'nginx-headers.conf'), nginxHeaders(headers));
        writeFileSync(join(site, 'nginx-embed-headers.conf'), nginxHeaders(framableHeaders(headers)));
      },
    },
  };
}
