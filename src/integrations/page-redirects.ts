import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { locales } from '../i18n/locales';
import { languageRootRedirects, pageRedirects } from '../lib/page-redirects';
import { readCollection } from './read-content';

/**
 * Serves every renamed page (content/redirects.yaml) at its old address in every language, and
 * sends the bare language roots (`/zh/`) to the overview.
 * Done in a hook rather than in astro.config because the base (`--base /x/`) is only known here.
 */
export function renamedPages(): AstroIntegration {
  return {
    name: 'safe-qingdao:renamed-pages',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const moved = readCollection(fileURLToPath(config.root), 'redirects');
        updateConfig({
          redirects: { ...languageRootRedirects(locales, 'overview', config.base), ...pageRedirects(moved.pages, locales, config.base) },
        });
      },
    },
  };
}
