import type { AstroIntegration } from 'astro';
import { placeholderSite } from '../lib/site-author';

/**
 * Warns when the build has no real address (`--site`): canonical URLs, hreflang links, the sitemap, Open Graph
 * images and the citations shown without JavaScript then name a host that serves nothing. (With JavaScript the
 * cite panel and copied links use the address the reader is on, so they work anyway.)
 */
export function siteWarning(): AstroIntegration {
  return {
    name: 'safe-qingdao:site-warning',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        if (config.site && new URL(config.site).origin !== new URL(placeholderSite).origin) return;
        logger.warn(
          `No --site given: canonical URLs, the sitemap, link-preview images and citations without JavaScript will carry the placeholder ${placeholderSite}. ` +
            'Build with `npm run build -- --site https://your-host [--base /sub-path/]` for a real deployment.',
        );
      },
    },
  };
}
