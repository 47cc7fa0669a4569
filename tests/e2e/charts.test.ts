import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { statisticRecord, toCsv } from '../../src/lib/data-export';
import { formatStatistic } from '../../src/lib/format';
import { loadData } from './support/content';
import { builtHtml, builtSlugs, dist, hasChromium, useBuiltSite } from './support/site';

const { datasets, statistics } = loadData();
const chartPages = builtSlugs().filter((slug) => builtHtml(`zh/${slug}`).includes('<chart-figure'));
const textPage = builtSlugs().find((slug) => !builtHtml(`zh/${slug}`).includes('<chart-figure')) ?? 'about';
const t = useBuiltSite();

describe('data downloads', () => {
  it.each(datasets.map((d) => d.id))('%s.csv and %s.json hold exactly the dataset', (id) => {
    const dataset = datasets.find((d) => d.id === id)!;
    const records = dataset.statistics.map((s) => statisticRecord(statistics.get(s)!));
    expect(readFileSync(join(dist, 'data', `${id}.csv`), 'utf8')).toBe(toCsv(records));
    const json = JSON.parse(readFileSync(join(dist, 'data', `${id}.json`), 'utf8'));
    expect(json.dataset.id).toBe(id);
    expect(json.statistics).toEqual(JSON.parse(JSON.stringify(records)));
  });

  it('statistics.csv lists every figure of the collection', () => {
    const csv = readFileSync(join(dist, 'data', 'statistics.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(statistics.size + 1);
  });
});

describe.skipIf(!hasChromium)('charts in the browser', () => {
  it('are on the theme pages and the data page', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['data', 'risk-prevention', 'grassroots-governance']));
  });

  it.each(locales.flatMap((locale) => chartPages.map((slug) => [locale, slug] as const)))(
    '%s/%s: each chart table shows exactly its dataset',
    async (locale, slug) => {
      // The tables are the page's own markup, there before any script runs.
      const { page } = await t.open(`/${locale}/${slug}/`, { javaScriptEnabled: false });
      const figures = await page.$$eval('figure.chart', (nodes) =>
        nodes.map((figure) => ({
          id: figure.id.replace(/^chart-/, ''),
          rows: [...figure.querySelectorAll('tbody tr')].map((tr) => [
            tr.getAttribute('data-statistic'),
            Number(tr.querySelector('td.num')?.getAttribute('data-value')),
            tr.querySelector('td.num')?.textContent?.trim(),
          ]),
        })),
      );
      expect(figures.length).toBeGreaterThan(0);
      const tr = useTranslations(locale);
      for (const figure of figures) {
        const dataset = datasets.find((d) => d.id === figure.id);
        expect(dataset, figure.id).toBeDefined();
        expect(figure.rows).toEqual(dataset!.statistics.map((id) => [id, statistics.get(id)!.value, formatStatistic(statistics.get(id)!, locale, tr)]));
      }
    },
  );

  it.each(chartPages)('%s: every canvas draws after scrolling into view', async (slug) => {
    const { page } = await t.open(`/en/${slug}/`);
    const count = await page.locator('chart-figure').count();
    for (let i = 0; i < count; i++) {
      const figure = page.locator('chart-figure').nth(i);
      await figure.scrollIntoViewIfNeeded();
      await page.waitForFunction((el) => (el as HTMLElement).dataset['drawn'] === 'true', await figure.elementHandle(), { timeout: 10_000 });
    }
    await page.waitForTimeout(600); // let the (short) bar animation finish
    const inked = await page.$$eval('chart-figure canvas', (canvases) =>
      canvases.map((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
        return painted;
      }),
    );
    expect(inked.length).toBe(count);
    for (const pixels of inked) expect(pixels).toBeGreaterThan(500);
  });

  it('switches between chart and table from the keyboard', async () => {
    const { page } = await t.open(`/en/data/`);
    const figure = page.locator('chart-figure').first();
    // With JavaScript the chart shows first and the table waits behind its button.
    expect([await figure.locator('canvas').isVisible(), await figure.locator('table').isVisible()]).toEqual([true, false]);
    await figure.locator('button[data-view="table"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('canvas').isVisible()).toBe(false);
    expect(await figure.locator('button[data-view="table"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the tables and no chart controls with JavaScript off', async () => {
    const { page } = await t.open(`/zh/data/`, { javaScriptEnabled: false });
    const visible = await page.$$eval('chart-figure', (nodes) =>
      nodes.map((n) => [
        n.querySelector('table')!.checkVisibility(),
        n.querySelector('canvas')!.checkVisibility(),
        n.querySelector('.views')!.checkVisibility(),
      ]),
    );
    expect(visible.length).toBe(datasets.length);
    for (const row of visible) expect(row).toEqual([true, false, false]);
  });

  it('loads no chart code on a page without charts', async () => {
    const { page, requests } = await t.open(`/zh/${textPage}/`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const chartCode = readdirSync(join(dist, '_astro')).filter((f) => /chart/i.test(f));
    expect(chartCode.length).toBeGreaterThan(0);
    expect(requests.filter((url) => chartCode.some((f) => url.endsWith(f)))).toEqual([]);
  });

  it('loads Chart.js only when a chart comes near the viewport', async () => {
    const { page, requests } = await t.open('/en/grassroots-governance/', { viewport: { width: 1280, height: 600 } });
    await page.waitForLoadState('networkidle');
    const fetchedChartJs = () => requests.some((url) => /draw-chart/.test(url));
    // The first chart starts well below the first screen (and the 300 px margin the loader watches).
    expect(await page.evaluate(() => document.querySelector('chart-figure')!.getBoundingClientRect().top)).toBeGreaterThan(900);
    expect(fetchedChartJs()).toBe(false);
    await page.locator('chart-figure').first().scrollIntoViewIfNeeded();
    await expect.poll(fetchedChartJs).toBe(true);
  });
});
