// What the pipeline the site must use costs by itself, without Astro or any of the site's own work: compiling
// the project's MDX pages with @mdx-js/mdx and remark-gfm (the unified path Astro's MDX integration takes), and
// indexing its built HTML with Pagefind. It shows how much of a build no change to the site can remove.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { close, createIndex } from 'pagefind';
import remarkGfm from 'remark-gfm';

const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;

function mdxFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/** Seconds to compile every page of `projectDir` (front matter removed, as Astro does before MDX sees it). */
async function compileMdx(projectDir) {
  const sources = mdxFiles(join(projectDir, 'content/pages')).map((file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const started = process.hrtime.bigint();
  for (const source of sources) await compile(source, { jsxImportSource: 'astro', remarkPlugins: [remarkGfm] });
  return { files: sources.length, seconds: seconds(started) };
}

/** Seconds for Pagefind to index `distDir` and write its files (to a temporary folder). */
async function indexWithPagefind(distDir) {
  const outputPath = mkdtempSync(join(tmpdir(), 'sq-bench-pagefind-'));
  const started = process.hrtime.bigint();
  try {
    const { index } = await createIndex({});
    const added = await index.addDirectory({ path: distDir });
    await index.writeFiles({ outputPath });
    return { pages: added.page_count, seconds: seconds(started) };
  } finally {
    await close();
    rmSync(outputPath, { recursive: true, force: true });
  }
}

export async function pipelineFloor(projectDir) {
  return { mdx: await compileMdx(projectDir), pagefind: await indexWithPagefind(join(projectDir, 'dist')) };
}
