import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, hasChromium, sectionHeadings, useBuiltSite } from './support/site';
import { loadData } from './support/content';

// Honest without JavaScript: every control a reader can see does something. One page per template.
const pageTypes = ['/', '/en/overview/', '/zh/grassroots-governance/', '/en/data/', '/zh/source/', '/en/glossary/', '/zh/timeline/', '/en/about/', '/404.html'];
const t = useBuiltSite();

describe.skipIf(!hasChromium)('with JavaScript disabled', () => {
  const linkStatus = new Map<string, number>();

  it.each(pageTypes)('%s shows no control that does nothing', { timeout: 120_000 }, async (path) => {
    const { page } = await t.open(path === '/404.html' ? '/en/no-such-page/' : path, { javaScriptEnabled: false });
    const dead: string[] = [];

    // Buttons (and anything acting as one): clicking must change something the reader can see or reach.
    const controls = page.locator('button, summary, [role="button"], input, select, textarea');
    for (let i = 0; i < (await controls.count()); i++) {
      const control = controls.nth(i);
      if (!(await control.isVisible())) continue;
      const label = ((await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '').trim().slice(0, 40);
      const before = await page.evaluate(() => location.href + document.body.innerHTML);
      await control.click({ timeout: 5_000 });
      const after = await page.evaluate(() => location.href + document.body.innerHTML);
      if (after === before) dead.push(`button "${label}" does nothing`);
      if (page.url() !== t.site.url(path === '/404.html' ? '/en/no-such-page/' : path)) await page.goBack();
    }

    // Links: each visible one leads to a page that exists, and to an element that exists when it names one.
    const links = await page
      .locator('a')
      .evaluateAll((anchors) =>
        anchors
          .filter((a) => (a as HTMLElement).checkVisibility())
          .map((a) => ({ text: (a.textContent ?? '').trim().slice(0, 40), href: a.getAttribute('href'), url: (a as HTMLAnchorElement).href })),
      );
    expect(links.length).toBeGreaterThan(0);
    for (const { text, href, url } of links) {
      if (!href || href === '#' || href.startsWith('javascript:')) {
        dead.push(`link "${text}" (href="${href}") goes nowhere`);
        continue;
      }
      const target = new URL(url);
      if (!linkStatus.has(target.pathname)) linkStatus.set(target.pathname, (await page.request.get(target.origin + target.pathname)).status());
      if (linkStatus.get(target.pathname)! >= 400) dead.push(`link "${text}" → ${href}: HTTP ${linkStatus.get(target.pathname)}`);
      const id = decodeURIComponent(target.hash.slice(1)).split(':~:')[0];
      if (id && target.pathname === new URL(page.url()).pathname && (await page.locator(`[id="${id}"]`).count()) === 0) {
        dead.push(`link "${text}" → #${id}: no such element`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('shows the chart data as a table and the citations as text', async () => {
    const { page } = await t.open('/en/grassroots-governance/', { javaScriptEnabled: false });
    expect(await page.locator('.chart-table').first().isVisible()).toBe(true);
    await page.locator('#cite summary').click();
    expect(await page.locator('#cite').innerText()).toMatch(/Safe Qingdao Explained/);
  });
});

// In a text browser (w3m, no CSS, no JavaScript) the pages still read as text.
describe('in w3m', () => {
  const dump = (path: string) => {
    const run = spawnSync('w3m', ['-dump', '-cols', '100', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', join(dist, path, 'index.html')], {
      encoding: 'utf8',
    });
    if (run.error) throw new Error(`w3m is needed for this test (apt-get install -y w3m): ${run.error.message}`);
    return run.stdout.split('\n').map((line) => line.trim());
  };
  const { statistics } = loadData();

  // A Chinese card has one source line (出处¶n：“quote”). An English card has two since the layout work (when the
  // article's sentence is translated, else one "Source" line): the translation of the article's sentence, then
  // the Chinese original; each starts a line of its own, and the original holds the statistic's quote.
  it.each(['en', 'zh'])('figure cards read as separate lines: value, label, source (%s)', (locale) => {
    const html = readFileSync(join(dist, locale, 'grassroots-governance', 'index.html'), 'utf8');
    const cards = [...html.matchAll(/<figure class="stat-card[^"]*" data-stat="([^"]+)"/g)].map((m) => statistics.get(m[1]!)!);
    expect(cards.length).toBeGreaterThan(2);
    const lines = dump(`${locale}/grassroots-governance`);
    for (const stat of cards) {
      const label = lines.findIndex((line) => line === stat.label[locale as 'en' | 'zh']);
      expect(label, `label of ${stat.id} on its own line`).toBeGreaterThan(-1);
      const starts = locale === 'en' ? ['Translation of the source sentence', 'Source'] : ['出处'];
      const source = label + 1 + lines.slice(label + 1, label + 4).findIndex((line) => starts.some((start) => line.startsWith(start)));
      expect(source, `source of ${stat.id} on a line of its own`).toBeGreaterThan(label);
      if (!lines[source]!.startsWith('Translation')) {
        expect(lines[source], `quote of ${stat.id} on its source line`).toContain(`“${stat.quote.slice(0, 8)}`);
        continue;
      }
      // The translation runs on over wrapped lines (never a blank one) and ends with its closing quote mark.
      const original = lines.findIndex((line, i) => i > source && line.startsWith('Chinese original'));
      expect(original, `Chinese original of ${stat.id} on a line of its own`).toBeGreaterThan(source);
      expect(
        lines.slice(source, original).every((line) => line !== ''),
        `translation of ${stat.id} in one block`,
      ).toBe(true);
      expect(lines[original - 1], `translation of ${stat.id} ends before its original`).toMatch(/”$/);
      expect(lines[original], `quote of ${stat.id} on the original's line`).toContain(`“${stat.quote.slice(0, 8)}`);
    }
  });

  it.each(['en/overview', 'zh/overview', 'en/about', 'zh/source'])('headings of /%s/ do not end in a stray "#"', (path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const headings = sectionHeadings(html).map(({ inner }) =>
      inner
        .replace(/<[^>]+>/g, '')
        .replace(/#$/, '')
        .trim(),
    );
    expect(headings.length).toBeGreaterThan(0);
    const lines = dump(path);
    for (const heading of headings) expect(lines, heading).toContain(heading);
    expect(lines.filter((line) => headings.some((heading) => line.startsWith(heading) && line.endsWith('#')))).toEqual([]);
  });
});
