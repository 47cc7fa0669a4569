// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { defaultLocale, htmlLang, locales } from './src/i18n/locales.ts';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { remarkSourceMarks } from './src/lib/remark-source-marks.ts';
import { overriddenElements } from './src/lib/mdx-element-overrides.ts';
import { contentValidation } from './src/integrations/content-validation.ts';
import { renamedPages } from './src/integrations/page-redirects.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';

export default defineConfig({
  // Canonical address; hosts override it: `npm run build -- --site https://… --base /sub/`.
  site: 'https://safe-qingdao.example.org',
  trailingSlash: 'always',
  build: {
    // CSS travels inside the HTML: a page needs one round trip, and first paint waits for no stylesheet.
    inlineStylesheets: 'always',
    // Rendering a page mostly waits on loading its MDX module and writing files; overlapping four pages
    // cut render time by ~20% at 2,000 pages (`npm run bench -- --scale 1000`).
    concurrency: 4,
  },
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false } },
  // remark-gfm and our heading-id and source-mark plugins need the unified pipeline (Astro 7's default processor runs no remark plugins).
  // No code highlighting: the site shows no code, and Shiki's inline styles would break the CSP.
  markdown: {
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm, remarkHeadingIds, remarkSourceMarks] }),
    syntaxHighlight: false,
  },
  integrations: [
    contentValidation(),
    renamedPages(),
    // Static parts of a page compile to HTML strings instead of JSX calls: less code to bundle and render.
    mdx({ optimize: { ignoreElementNames: [...overriddenElements] } }),
    sitemap({ i18n: { defaultLocale, locales: htmlLang } }),
    searchIndex(),
    staticHeaders(),
  ],
  vite: {
    plugins: [
      {
        // Our lazily loaded chunks import no CSS and no shared chunks worth preloading, so Vite's
        // preload helper (~1 KB gzip on every page) can be a plain pass-through.
        name: 'safe-qingdao:no-preload-helper',
        enforce: 'pre',
        resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : null),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
      },
    ],
    build: {
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
