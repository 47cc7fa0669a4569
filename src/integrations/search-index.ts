import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { htmlLang, locales } from '../i18n/locales';
import { searchablePage } from '../lib/search-records';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

/**
 * Builds one Pagefind bundle per language after `astro build`: dist/pagefind/zh/ and dist/pagefind/en/.
 * Separate bundles let the search dialog query the other language too (Pagefind picks one index per
 * `<html lang>` within a bundle). Each page is indexed as src/lib/search-records.ts prepares it, so hits open
 * the paragraph, event or statistic; text in the other language (the Chinese original inside /en/source/, the
 * English renderings on /zh/glossary/) goes to that language's bundle under the page's own address, so a
 * Chinese query on the English site finds the Chinese original there.
 * Running as an integration (not a second npm command) keeps `npm run build -- --base /x/` working.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'safe-qingdao:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = htmlFiles(site).map((file) => {
          const path = relative(site, file).split(sep).join('/');
          return { locale: path.split('/')[0], url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(file, 'utf8') };
        });
        const prepared = pages.map((page) => ({ ...page, ...searchablePage(page.html, page.url) }));
        const counts: string[] = [];
        for (const locale of locales) {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          let count = 0;
          for (const page of prepared.filter((p) => p.locale === locale)) {
            const added = await index.addHTMLFile({ url: page.url, content: page.html });
            if (added.errors.length) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
            count++;
          }
          for (const record of prepared.flatMap((page) => page.foreign).filter((r) => r.locale === locale)) {
            const language = htmlLang[locale].toLowerCase();
            const added = await index.addCustomRecord({ url: record.url, content: record.content, language, meta: { title: record.title } });
            if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind', locale) });
          if (written.errors.length) throw new Error(`Pagefind could not write its ${locale} index: ${written.errors.join('; ')}`);
          counts.push(`${count} ${locale}`);
        }
        // One line next to Astro's "N page(s) built": what the search reads (redirect pages are read but hold
        // nothing to search; the landing, 404 and embed pages are outside the language folders).
        logger.info(`search index: ${counts.join(', ')} HTML files, one bundle per language`);
        await close();
      },
    },
  };
}
