import { readContentSet } from '../../../src/integrations/read-content';

/**
 * The fewest pages that between them use every content component and both languages, plus the landing
 * and 404 pages: what the checks that are about how pages are built (axe, CSP, 320 px, sub-path) run on.
 * Each content page is one template (`[lang]/[slug].astro`) plus the components its MDX uses, so a page
 * that uses no new component adds nothing to such a check. Computed from content/, so a new component or
 * page type is covered as soon as a page uses it.
 */
export function templatePages(): string[] {
  const pages = readContentSet(process.cwd()).pages.map((page) => ({
    path: `/${page.locale}/${page.slug}/`,
    features: new Set([`lang:${page.locale}`, ...[...page.body.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]!)]),
  }));
  const uncovered = new Set(pages.flatMap((p) => [...p.features]));
  const chosen: string[] = [];
  while (uncovered.size > 0) {
    // Greedy set cover: the page that uses the most components not yet covered (file order breaks ties).
    const gain = (p: (typeof pages)[number]) => [...p.features].filter((f) => uncovered.has(f)).length;
    const best = pages.reduce((a, b) => (gain(b) > gain(a) ? b : a));
    chosen.push(best.path);
    best.features.forEach((f) => uncovered.delete(f));
  }
  return ['/', '/404.html', ...chosen];
}
