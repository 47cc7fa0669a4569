import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useBuiltSite } from './support/site';
import { templatePages } from './support/templates';

// One page per template and content component, both languages (support/templates.ts).
const pages = templatePages();
const t = useBuiltSite();

/**
 * axe-core's violations on the page, each with the first few elements it names. Run in the page itself (legacy
 * mode: the default opens a second, blank page for every analysis, over a second of CPU here) and collecting
 * only violations; the site's pages have no frames for the default mode to reach (checked).
 */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  expect(await page.locator('iframe').count()).toBe(0);
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe.skipIf(!hasChromium)('accessibility (axe-core) of every page template', () => {
  it.each(pages)('%s has no violations in the light theme', async (path) => {
    const { page } = await t.open(path);
    expect(await violations(page)).toEqual([]);
  });

  // The dark theme changes colours and nothing else: the rules that read colours, on the pages with the most kinds
  // of coloured things (charts, figure cards, corrected marks, the parallel text, the data table).
  it.each(['/zh/risk-prevention/', '/en/grassroots-governance/', '/en/source/', '/zh/data/'])('%s has no colour violations in the dark theme', async (path) => {
    const { page } = await t.open(path, { colorScheme: 'dark' });
    expect(await violations(page, ['color-contrast', 'link-in-text-block'])).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the content', async () => {
    const { page } = await t.open('/en/overview/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('walks the header: title, search, theme, language switch, then every page of the navigation', async () => {
    const { page } = await t.open('/zh/overview/');
    // The navigation as this build produced it, so adding a page changes what is expected, not the test.
    const navigation = await page.locator('header nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(navigation).toEqual(expect.arrayContaining(['/zh/overview/', '/zh/source/', '/zh/about/']));
    const focused: (string | null)[] = [];
    for (let i = 0; i < 5 + navigation.length; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => (document.activeElement as HTMLElement).getAttribute('href') ?? document.activeElement!.className));
    }
    expect(focused).toEqual([
      '#main',
      '/zh/overview/',
      expect.stringContaining('search-open'),
      expect.stringContaining('theme-toggle'),
      '/en/overview/',
      ...navigation,
    ]);
  });

  it('follows the language switch with Enter', async () => {
    const { page } = await t.open('/en/timeline/');
    await page.focus('a.language-switch');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh\/timeline\/$/);
  });

  it('opens the citation panel and copies a citation without a mouse', async () => {
    const { page } = await t.open('/en/about/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.focus('#cite summary');
    await page.keyboard.press('Enter');
    await page.locator('#cite input[value="apa"]').waitFor({ state: 'visible' });
    await page.focus('#cite input[value="apa"]');
    await page.keyboard.press('Space');
    await page.focus('#cite .citation[data-format="apa"] button[data-copy]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Safe Qingdao Explained\. \(\d{4}, \w+ \d+\)\. About and method\. Safe Qingdao Explained\. http/);
  });

  it('shows a visible focus ring on links', async () => {
    const { page } = await t.open('/en/overview/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
