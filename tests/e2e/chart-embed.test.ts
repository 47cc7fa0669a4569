import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { scrollToChart } from './support/charts';
import { loadData } from './support/content';
import { builtHtml, dist, hasChromium, useBuiltSite } from './support/site';

const { datasets } = loadData();
const t = useBuiltSite();
const [first] = datasets;

describe('chart embed pages', () => {
  it.each(locales.flatMap((locale) => datasets.map((d) => [locale, d.id] as const)))(
    '/embed/%s/%s/ holds the chart, its table, source line and a way back, unindexed',
    (locale, id) => {
      const html = builtHtml(`embed/${locale}/${id}`);
      expect(html).toMatch(new RegExp(`<figure class="chart[ "][^>]*id="chart-${id}"`));
      expect(html).toMatch(/<table\b/);
      expect(html).toMatch(/<p class="chart-source[ "]/);
      expect(html).toContain(`href="/${locale}/data/#chart-${id}"`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toMatch(/<body[^>]*data-pagefind-ignore="all"/);
      expect(html).not.toContain('data-embed=');
      expect(html).toMatch(new RegExp(`<h1 id="chart-${id}-title"`));
    },
  );

  it('are left out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/en/data/');
    expect(sitemap).not.toContain('/embed/');
    // Pagefind's fragments are gzip files of "pagefind_dcd" + JSON, one per indexed page or record, in every
    // language's bundle (pagefind/<lang>/fragment/).
    const urls = locales.flatMap((locale) => {
      const fragments = join(dist, 'pagefind', locale, 'fragment');
      return readdirSync(fragments).map(
        (file) =>
          (
            JSON.parse(
              gunzipSync(readFileSync(join(fragments, file)))
                .subarray('pagefind_dcd'.length)
                .toString(),
            ) as { url: string }
          ).url,
      );
    });
    for (const locale of locales) expect(urls).toContain(`/${locale}/data/`);
    expect(urls.filter((url) => url.includes('/embed/'))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('embedding and downloading a chart in the browser', () => {
  /** A page on another site (another origin: `localhost` instead of the site's `127.0.0.1`) that frames `path` of ours. */
  async function framedBy(path: string) {
    const src = t.site.url(path);
    const embedder = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>x</title><iframe src="${src}" width="600" height="700"></iframe>`),
    );
    await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
    // Navigation ends at the load event, which waits for the frame to load (or to be refused).
    const { page } = await t.open(`http://localhost:${(embedder.address() as AddressInfo).port}/`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const figure = frame ? await frame.evaluate(() => document.querySelector('figure.chart')?.id ?? null).catch(() => null) : null;
    embedder.close();
    return figure;
  }

  it('another site may frame an embed page, but no other page', async () => {
    expect(await framedBy(`/embed/en/${first!.id}/`)).toBe(`chart-${first!.id}`);
    expect(await framedBy('/en/data/')).toBeNull();
  });

  it('the Embed button copies an <iframe> of the embed page at the reader’s address', async () => {
    const { page } = await t.open('/zh/data/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.locator(`#chart-${first!.id} button[data-embed]`);
    await button.click();
    // The live region keeps the message (the mark beside the button fades after a moment).
    await expect.poll(() => page.locator('#live-status').textContent(), { timeout: 10_000 }).toBe('嵌入代码已复制');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toMatch(
      new RegExp(
        `^<iframe src="${t.site.url(`/embed/zh/${first!.id}/`).replace(/[.?]/g, '\\$&')}" title="[^"<]+" width="100%" height="\\d+" style="border:0" loading="lazy"></iframe>$`,
      ),
    );
  });

  it('the PNG carries the chart with its title above and the source line and page address below', async () => {
    const { page } = await t.open('/en/grassroots-governance/', { acceptDownloads: true, viewport: { width: 375, height: 800 } });
    const figure = page.locator('#chart-public-security-satisfaction');
    await scrollToChart(figure.locator('chart-figure'));
    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-png]').click()]);
    expect(download.suggestedFilename()).toBe('public-security-satisfaction.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Ink per band of the image: the title band above the chart and the source band below it are not blank.
    const result = await page.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = document.querySelector('#chart-public-security-satisfaction canvas') as HTMLCanvasElement;
      const work = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      work.drawImage(bitmap, 0, 0);
      const inked = (y0: number, y1: number) => {
        const data = work.getImageData(0, y0, bitmap.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) n++;
        return n;
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        chart: [canvas.width, canvas.height],
        top: inked(0, Math.round(bitmap.height * 0.12)),
        bottom: inked(Math.round(bitmap.height * 0.85), bitmap.height),
      };
    }, png.toString('base64'));
    expect(result.width).toBeGreaterThan(result.chart[0]!);
    expect(result.height).toBeGreaterThan(result.chart[1]! * 1.5);
    expect(result.top).toBeGreaterThan(200);
    expect(result.bottom).toBeGreaterThan(200);
  });
});
