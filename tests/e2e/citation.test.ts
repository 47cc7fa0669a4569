import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../src/lib/cite';
import { hasChromium, useBuiltSite } from './support/site';

const SITE = 'https://safe-qingdao.example.org';
const t = useBuiltSite();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe.skipIf(!hasChromium)('citing by link', () => {
  it.each(['zh', 'en'])('the # beside a %s heading copies the canonical address of its section', async (locale) => {
    const { page } = await t.open(`/${locale}/risk-prevention/`, clipboard);
    await page.locator('#anti-gang-campaign').hover();
    await page.locator('#anti-gang-campaign a[data-copy-link]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/${locale}/risk-prevention/#anti-gang-campaign`);
    expect(await page.textContent('#live-status')).toBe(locale === 'zh' ? '链接已复制' : 'Link copied');
    await page.context().close();
  });

  it('lands a source-paragraph link on its paragraph, highlighted', async () => {
    const { page } = await t.open('/zh/risk-prevention/');
    await page.locator('a.src[href$="#p7"]').first().click();
    await page.waitForURL(/\/zh\/source\/#p7$/);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.getElementById('p7')!).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it('sends a renamed section id to its successor', async () => {
    const { page } = await t.open('/en/risk-prevention/#anti-gang');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#anti-gang-campaign');
    expect(await page.evaluate(() => document.getElementById('anti-gang-campaign')!.getBoundingClientRect().top)).toBeLessThan(200);
    await page.context().close();
  });

  it('keeps an old page address working', async () => {
    const { page } = await t.open('/zh/method/');
    await page.waitForURL(/\/zh\/about\/$/);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.context().close();
  });

  it('offers a link to a selected passage that keeps the sentence anchor (#p7-1) as fallback', async () => {
    const { page } = await t.open('/zh/source/', clipboard);
    await page.evaluate(() => {
      const text = document.querySelector('#p7 .original')!.firstChild!.firstChild ?? document.querySelector('#p7 .original')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 9);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.locator('passage-link button');
    await button.waitFor({ state: 'visible' });
    await button.click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${SITE}/zh/source/#p7-1:~:text=${encodeURIComponent('黑恶必扫 除恶务尽')}`);
    await page.context().close();
  });
});

describe.skipIf(!hasChromium)('cite this page', () => {
  it('shows the whole-page citations without JavaScript', async () => {
    const { page } = await t.open('/en/about/', { javaScriptEnabled: false });
    await page.click('#cite summary');
    const texts = await page.$$eval('#cite pre', (pres) => pres.map((p) => p.textContent));
    expect(texts).toHaveLength(4);
    expect(texts[0]).toMatch(/^Safe Qingdao Explained\. About and method\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/safe-qingdao\.example\.org\/en\/about\/\.$/);
    await page.context().close();
  });

  it('cites a section in all four formats with today as the date cited, and copies them', async () => {
    const { page } = await t.open('/zh/risk-prevention/#anti-gang-campaign', clipboard);
    await page.click('#cite summary');
    await expect.poll(() => page.locator('#cite select').inputValue()).toBe('anti-gang-campaign');
    const sectionTitle = (await page.locator('#cite select option:checked').textContent())!;
    const pageTitle = (await page.locator('h1').textContent())!;
    const published = (await page.locator('#cite pre[data-format="gbt7714"]').textContent())!.match(/\((\d{4}-\d{2}-\d{2})\)/)![1]!;
    const input = {
      locale: 'zh' as const,
      siteTitle: '平安青岛解读',
      pageTitle,
      sectionTitle,
      url: `${SITE}/zh/risk-prevention/#anti-gang-campaign`,
      published,
      accessed: today(),
    };
    expect(await page.locator('#cite pre[data-format="gbt7714"]').textContent()).toBe(
      `平安青岛解读. ${pageTitle}：${sectionTitle}[EB/OL]. (${published})[${today()}]. ${SITE}/zh/risk-prevention/#anti-gang-campaign.`,
    );
    for (const format of ['apa', 'mla', 'bibtex'] as const) {
      expect(await page.locator(`#cite pre[data-format="${format}"]`).textContent()).toBe(formatCitation(format, input));
    }
    await page.click('#cite button[data-copy="bibtex"]');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(formatCitation('bibtex', input));
    await page.context().close();
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
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe(expected);
    const hrefs = await page.$$eval('.search-results a', (links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
    await page.keyboard.press('Escape'); // the first Escape clears the search field
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.context().close();
  });

  it('loads no search code or index until search is opened', async () => {
    const { page, requests } = await t.open('/en/overview/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /pagefind|site-search/.test(url))).toEqual([]);
    await page.click('.search-open');
    await expect.poll(() => requests.some((url) => url.includes('pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });
});
