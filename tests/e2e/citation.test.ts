import { describe, expect, it } from 'vitest';
import { hasChromium, useBuiltSite } from './support/site';

const t = useBuiltSite();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describe.skipIf(!hasChromium)('citing by link', () => {
  it.each(['zh', 'en'])('the # beside a %s heading copies the address of its section where the reader is', async (locale) => {
    const { page } = await t.open(`/${locale}/risk-prevention/`, clipboard);
    await page.locator('#anti-gang-campaign').hover();
    await page.locator('#anti-gang-campaign a.heading-link').click();
    // The copying loads on the first click (src/scripts/lazy.ts), so the clipboard fills a moment later.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(t.site.url(`/${locale}/risk-prevention/#anti-gang-campaign`));
    expect(await page.textContent('#live-status')).toBe(locale === 'zh' ? '链接已复制' : 'Link copied');
  });

  it('lands a source-paragraph link on its paragraph, highlighted', async () => {
    const { page } = await t.open('/zh/risk-prevention/');
    await page.locator('a.src[href$="#p7"]').first().click();
    await page.waitForURL(/\/zh\/source\/#p7$/);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.getElementById('p7')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('sends a renamed section id to its successor', async () => {
    const { page } = await t.open('/en/risk-prevention/#anti-gang');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#anti-gang-campaign');
    expect(await page.evaluate(() => document.getElementById('anti-gang-campaign')!.getBoundingClientRect().top)).toBeLessThan(200);
  });

  it('keeps an old page address working', async () => {
    const { page } = await t.open('/zh/method/');
    await page.waitForURL(/\/zh\/about\/$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });
});

describe.skipIf(!hasChromium)('search', () => {
  it.each([
    ['zh', '扫黑', '/zh/risk-prevention/#anti-gang-campaign'],
    ['en', 'anti-gang', '/en/risk-prevention/#anti-gang-campaign'],
  ])('on a %s page, "%s" finds %s first, from the keyboard', async (locale, query, expected) => {
    const { page } = await t.open(`/${locale}/overview/`);
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor({ state: 'visible' });
    await page.keyboard.type(query);
    // Results follow each keystroke: read them once the status names the whole query, as a reader would.
    await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), query);
    // The page's language's results; the other language's, when it finds fewer than three, are a list of their own.
    const first = page.locator('.search-results:not(.search-other-results) a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(expected);
    const hrefs = await page.$$eval('.search-results:not(.search-other-results) a', (links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
    const other = await page.$$eval('.search-other-results a', (links) => links.map((a) => a.getAttribute('href')));
    for (const href of other) expect(href).not.toMatch(new RegExp(`^/${locale}/`));
    expect(await page.locator('.search-other').isHidden()).toBe(other.length === 0);
    await page.keyboard.press('Escape'); // the first Escape clears the search field
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('loads no search code or index until search is opened', async () => {
    const { page, requests } = await t.open('/en/overview/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind|site-search/.test(url))).toEqual([]);
    await page.click('.search-open');
    await expect.poll(() => requests.some((url) => /\/pagefind\/(zh|en)\/pagefind\.js$/.test(url))).toBe(true);
  });
});
