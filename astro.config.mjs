// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { defaultLocale, htmlLang, locales } from './src/i18n/locales.ts';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { remarkKeepTogether } from './src/lib/remark-keep-together.ts';
import { isEmbedUrl } from './src/lib/charts/embed.ts';
import { remarkSourceMarks } from './src/lib/remark-source-marks.ts';
import { overriddenElements } from './src/lib/mdx-element-overrides.ts';
import { redirectPages } from './src/lib/page-redirects.ts';
import { redirectsSchema } from './src/schemas/redirects.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { siteWarning } from './src/integrations/site-warning.ts';
import { placeholderSite } from './src/lib/site-author.ts';

// Redirect pages (src/pages/[lang]/[...moved].astro) are not pages to index: kept out of the sitemap.
const moved = redirectsSchema.parse(parse(readFileSync(new URL('content/redirects.yaml', import.meta.url), 'utf8')));
const redirectPaths = redirectPages(moved, locales, 'overview').map(({ locale, from }) => `/${locale}/${from ? `${from}/` : ''}`);

export default defineConfig({
  // Canonical address; hosts override it: `npm run build -- --site https://… --base /sub/`.
  site: placeholderSite,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  build: {
    // CSS travels inside the HTML: a page needs one round trip, and first paint waits for no stylesheet.
    inlineStylesheets: 'always',
    // Rendering a page mostly waits on loading its MDX module and writing files; overlapping four pages
    // cut render time by ~20% at 2,000 pages (`npm run bench -- --scale 1000`).
    concurrency: 4,
  },
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false } },
  // remark-gfm and our heading-id, keep-together and source-mark plugins need the unified pipeline (Astro 7's default processor runs no remark plugins).
  // `smartypants: true` is this pipeline's own switch for remark-smartypants: straight quotes, apostrophes, `--` and
  // `...` in page text become “ ” ‘ ’ – and …; code spans are left alone. YAML and UI strings are not Markdown, so
  // tests/unit/typography.test.ts holds them to the same function (retext-smartypants) in their source instead.
  // No code highlighting: the site shows no code, and Shiki's inline styles would break the CSP.
  markdown: {
    processor: unified({ gfm: false, smartypants: true, remarkPlugins: [remarkGfm, remarkHeadingIds, remarkKeepTogether, remarkSourceMarks] }),
    syntaxHighlight: false,
  },
  integrations: [
    contentValidation(),
    siteWarning(),
    // Static parts of a page compile to HTML strings instead of JSX calls: less code to bundle and render.
    mdx({ optimize: { ignoreElementNames: [...overriddenElements] } }),
    // Redirect pages and chart embed pages (noindex copies made for framing) are not pages to list.
    sitemap({
      i18n: { defaultLocale, locales: htmlLang },
      filter: (page) => !isEmbedUrl(page) && !redirectPaths.some((path) => new URL(page).pathname.endsWith(path)),
    }),
    searchIndex(),
    staticHeaders(),
  ],
  vite: {
    plugins: [
      {
        // Our lazily loaded chunks import no CSS and no shared chunks worth preloading, so Vite's
        // preload helper (0.8 KB gzip on every page; `npm run bench`) can be a plain pass-through.
        name: 'safe-qingdao:no-preload-helper',
        enforce: 'pre',
        resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : null),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
      },
      {
        // …so what Vite still writes for it goes from the written chunks: the list of each lazy chunk's
        // dependencies (`__vite__mapDeps`, never read: 0.23 KB gzip in the page's entry) and the helper's own
        // chunk, which every page would fetch for one line: each chunk gets that line itself. Vite adds both
        // after the last plugin hook that sees code (neither `build.modulePreload: false` nor an empty
        // `resolveDependencies` drops them), so the written files are edited; a pattern that stops matching
        // leaves a chunk as Vite wrote it, which still works.
        name: 'safe-qingdao:no-preload-deps',
        apply: 'build',
        writeBundle(options, bundle) {
          if (!options.dir) return;
          const helper = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && /^_astro\/preload-helper\./.test(chunk.fileName));
          let helperUsed = false;
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk' || chunk === helper) continue;
            const file = path.join(options.dir, chunk.fileName);
            const code = readFileSync(file, 'utf8');
            const edited = code
              .replace(/^const __vite__mapDeps=.*\n/m, '')
              .replace(/__vite__mapDeps\(\[[\d,]*\]\)/g, '[]')
              .replace(/import\{\w+ as (\w+)\}from"\.\/preload-helper\.[\w-]+\.js";/, 'const $1=e=>e();');
            if (edited.includes('preload-helper.')) helperUsed = true;
            if (edited !== code) writeFileSync(file, edited);
          }
          if (helper?.type === 'chunk' && !helperUsed && helper.code.trim() === 'var e=e=>e();export{e as t};') rmSync(path.join(options.dir, helper.fileName));
        },
      },
    ],
    build: {
      // Never inline a bundled script into the page: the Content-Security-Policy allows inline scripts only by
      // hash, so an inlined one would be blocked. (Other assets keep Vite's 4 KB rule.)
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module triggers this harmless notice; hide it so real warnings stand out.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
