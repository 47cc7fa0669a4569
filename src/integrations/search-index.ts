import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into dist/pagefind/ after `astro build`, one index per `<html lang>`.
 * Running it as an integration (not a second npm command) keeps `npm run build -- --base /x/` working.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'safe-qingdao:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // Pagefind reads every HTML file but indexes only those with data-pagefind-body; say which number is which,
        // next to Astro's "N page(s) built" (every HTML file, redirect pages included).
        const { languages } = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };
        const perLanguage = Object.entries(languages).map(([lang, { page_count }]) => `${page_count} ${lang}`);
        const searchable = Object.values(languages).reduce((sum, { page_count }) => sum + page_count, 0);
        logger.info(`search index: ${searchable} of the ${added.page_count} HTML files (${perLanguage.join(', ')}); the landing, 404 and redirect pages are not searched`);
        await close();
      },
    },
  };
}
