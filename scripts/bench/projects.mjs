// The two throwaway projects the scale benchmark builds: a copy of ours, and a plain Astro baseline.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticPages } from './synthetic.mjs';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
// Caches and temp files tools write under node_modules/: each temp project keeps its own, never the shared tree's.
const CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

/**
 * Links the real node_modules entry by entry into `<dir>/node_modules`. A whole-directory link would make
 * Astro and Vite write their caches into /work/main/node_modules, under other people's running builds.
 */
function linkNodeModules(root, dir) {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(target, name));
  }
}

/** Removes what a build leaves, so every timed build starts cold. */
export function cleanBuildState(dir) {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, path), { recursive: true, force: true });
}

/** A copy of the site with N synthetic pages per language added to its real ones. */
export async function createOurProject(root, n) {
  const dir = mkdtempSync(join(tmpdir(), `sq-bench-ours-${n}-`));
  for (const name of COPIED) cpSync(join(root, name), join(dir, name), { recursive: true });
  linkNodeModules(root, dir);
  await writeSyntheticPages({ root, projectDir: dir, n, flavor: 'mdx' });
  return dir;
}

const PLAIN_FILES = {
  'package.json': JSON.stringify({ name: 'plain-astro-bench', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ trailingSlash: 'always' });\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    '',
    'export const collections = {',
    "  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '**/*.md' }), schema: z.object({ title: z.string(), description: z.string() }).passthrough() }),",
    '};',
    '',
  ].join('\n'),
  'src/layouts/Page.astro': [
    '---',
    'const { lang, title, description } = Astro.props;',
    '---',
    '<!doctype html>',
    '<html lang={lang}>',
    '  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title><meta name="description" content={description} /></head>',
    '  <body><main><h1>{title}</h1><slot /></main></body>',
    '</html>',
    '',
  ].join('\n'),
  'src/pages/[lang]/[slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Page from '../../layouts/Page.astro';",
    '',
    'export async function getStaticPaths() {',
    "  return (await getCollection('pages')).map((entry) => {",
    "    const [lang, slug] = entry.id.split('/');",
    '    return { params: { lang, slug }, props: { entry } };',
    '  });',
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<Page lang={Astro.params.lang} title={entry.data.title} description={entry.data.description}><Content /></Page>',
    '',
  ].join('\n'),
};

/** The baseline: just Astro, one layout, one [lang]/[slug] route, the same N×2 pages as plain Markdown. */
export async function createPlainProject(root, n) {
  const dir = mkdtempSync(join(tmpdir(), `sq-bench-plain-${n}-`));
  for (const [path, text] of Object.entries(PLAIN_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkNodeModules(root, dir);
  await writeSyntheticPages({ root, projectDir: dir, n, flavor: 'md' });
  return dir;
}
