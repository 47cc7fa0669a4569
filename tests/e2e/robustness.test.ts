import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scrollToChart } from './support/charts';
import { hasChromium, useBuiltSite } from './support/site';
import { templatePages } from './support/templates';

// One page per template and content component, both languages (support/templates.ts).
const pages = templatePages();
const contentPages = pages.filter((path) => /^\/(zh|en)\//.test(path));
const t = useBuiltSite();

describe.skipIf(!hasChromium)('content security policy', () => {
  it.each(contentPages)('%s runs with no CSP violation, charts, search and citations included', async (path) => {
    const { page, cspViolations } = await t.open(path);
    // The inline head script ran (it is allowed by its hash): it marks the page as scripted.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    // Every chart the page has comes near the screen, so its code and data load and it draws.
    for (const figure of await page.locator('chart-figure').all()) await scrollToChart(figure);
    await page.click('#cite summary');
    await page.click('.search-open');
    await page.fill('#search-input', path.startsWith('/zh/') ? '青岛' : 'Qingdao');
    await page.locator('.search-results li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(cspViolations).toEqual([]);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'));
    // Nothing inline runs or styles the page unless its hash is listed.
    expect(/script-src ([^;]*)/.exec(policy ?? '')?.[1]).not.toContain("'unsafe-inline'");
    expect(/style-src ([^;]*)/.exec(policy ?? '')?.[1]).not.toContain("'unsafe-inline'");
  });
});

describe.skipIf(!hasChromium)('small screens', () => {
  it.each(pages)('%s fits a 320 px wide screen without sideways scrolling', async (path) => {
    const { page } = await t.open(path, { viewport: { width: 320, height: 640 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

/** A colour token of the page's CSS as the page resolves it now (the tokens are light-dark() pairs). */
function tokenColour(page: Page, token: string): Promise<string> {
  return page.evaluate((token) => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = `var(${token})`;
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, token);
}

describe.skipIf(!hasChromium)('dark theme', () => {
  it('follows the system preference, with charts in the dark palette', async () => {
    const { page } = await t.open('/en/grassroots-governance/', { colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)');
    const figure = page.locator('chart-figure').first();
    await scrollToChart(figure);
    type Drawn = { drawn?: { chart?: { data: { datasets: { backgroundColor: string }[] }; options: { scales: { x: { grid: { color: string } } } } } } };
    // The bars and grid take the dark theme's tokens, as the page resolves them (not the light ones).
    const drawn = await figure.evaluate((el) => {
      const { chart } = (el as HTMLElement & Drawn).drawn!;
      return { bar: chart!.data.datasets[0]!.backgroundColor, grid: chart!.options.scales.x.grid.color };
    });
    expect(drawn).toEqual({ bar: await tokenColour(page, '--chart-1'), grid: await tokenColour(page, '--border') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(drawn.bar).not.toBe(await tokenColour(page, '--chart-1'));
  });

  it('remembers the toggle across pages without a flash of the other theme', async () => {
    const { page } = await t.open('/zh/overview/', { colorScheme: 'light' });
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    // The theme is applied by the head script, before any stylesheet paints the page.
    await page.goto(t.site.url('/zh/source/'), { waitUntil: 'commit' });
    await page.waitForSelector('body');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 23, 27)');
  });
});

describe.skipIf(!hasChromium)('print', () => {
  it('drops navigation, prints charts as tables, no section ids, and the address and date', async () => {
    const { page } = await t.open('/en/risk-prevention/');
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      toc: getComputedStyle(document.querySelector('.sidebar')!).display,
      canvas: document.querySelector('chart-figure canvas')!.checkVisibility(),
      table: document.querySelector('chart-figure table')!.checkVisibility(),
      sectionId: getComputedStyle(document.getElementById('anti-gang-campaign')!, '::after').content,
      printLine: (document.querySelector('.print-only') as HTMLElement).innerText,
      figureBreak: getComputedStyle(document.querySelector('figure.chart')!).breakInside,
    }));
    expect(state).toMatchObject({ header: 'none', toc: 'none', canvas: false, table: true, sectionId: 'none', figureBreak: 'avoid' });
    expect(state.printLine).toMatch(/^Printed from https:\/\/safe-qingdao\.example\.org\/en\/risk-prevention\/ on \d{4}-\d{2}-\d{2}$/);
  });
});
