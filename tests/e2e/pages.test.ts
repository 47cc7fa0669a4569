import { describe, expect, it } from 'vitest';
import { builtHtml, builtSlugs, hasChromium, useBuiltSite } from './support/site';
import { templatePages } from './support/templates';

const slugs = builtSlugs('zh');
const t = useBuiltSite();

/** What the built HTML of a page says about its language and structure (read from the file, no browser needed). */
function structure(path: string) {
  const html = builtHtml(path);
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return {
    lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1],
    h1: main.match(/<h1[\s>]/g)?.length ?? 0,
    sections: [...main.matchAll(/<h[23]\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.startsWith('source-')),
  };
}

describe.skipIf(!hasChromium)('every page in both languages', () => {
  it('exists in Chinese and English with the same slugs', () => {
    expect(builtSlugs('en')).toEqual(slugs);
    expect(slugs.length).toBeGreaterThanOrEqual(9);
  });

  it.each(slugs)('%s: has the same section ids in zh and en, and lang on the page', (slug) => {
    const [zh, en] = [structure(`/zh/${slug}/`), structure(`/en/${slug}/`)];
    expect(zh.lang).toBe('zh-CN');
    expect(en.lang).toBe('en');
    expect([zh.h1, en.h1]).toEqual([1, 1]);
    expect(zh.sections.length).toBeGreaterThan(0);
    expect(en.sections).toEqual(zh.sections);
  });

  it('keeps the reader on the same section when switching language', async () => {
    const { page } = await t.open('/zh/source/#p7');
    await page.click('a.language-switch');
    await page.waitForURL(/\/en\/source\/#p7$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p7');
  });

  it('reaches the twin page from the language switch without JavaScript', async () => {
    const { page } = await t.open('/en/glossary/', { javaScriptEnabled: false });
    await page.click('a.language-switch');
    await page.waitForURL(/\/zh\/glossary\/$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('marks the section being read in the table of contents', async () => {
    const { page } = await t.open('/en/risk-prevention/', { viewport: { width: 1280, height: 800 } });
    const current = () => page.evaluate(() => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href'));
    expect(await current()).toBe('#safest-city-goal');
    await page.evaluate(() => document.getElementById('yu-dongfeng-statement')!.scrollIntoView());
    await expect.poll(current).toBe('#yu-dongfeng-statement');
  });

  it('offers both languages on the landing page, each in its own language', async () => {
    const { page } = await t.open('/');
    const choices = await page.$$eval('.choices a', (links) => links.map((a) => [a.closest('[lang]')?.getAttribute('lang'), a.getAttribute('href')]));
    expect(choices).toEqual([
      ['zh-CN', '/zh/overview/'],
      ['en', '/en/overview/'],
    ]);
  });

  it('answers an unknown address with the bilingual 404 page', async () => {
    const { page } = await t.open('/en/no-such-page/');
    const text = await page.textContent('main');
    expect(text).toContain('页面不存在');
    expect(text).toContain('Page not found');
  });

  it.each(templatePages())('%s: makes no request to another host', async (path) => {
    const { page, requests } = await t.open(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => !url.startsWith(t.site.origin))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('metadata for search engines and link previews', () => {
  it.each(['zh', 'en'])('a %s page names its canonical URL, both languages, x-default, Open Graph and JSON-LD', async (locale) => {
    const { page } = await t.open(`/${locale}/smart-policing/`);
    const meta = await page.evaluate(() => ({
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.getAttribute('content')])),
      twitter: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'),
      jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
    }));
    const url = (l: string) => `https://safe-qingdao.example.org/${l}/smart-policing/`;
    expect(meta.canonical).toBe(url(locale));
    expect(meta.alternates).toEqual([
      ['zh-CN', url('zh')],
      ['en', url('en')],
      ['x-default', url('zh')],
    ]);
    expect(meta.og).toMatchObject({ 'og:url': url(locale), 'og:locale': locale === 'zh' ? 'zh_CN' : 'en', 'og:type': 'article' });
    expect(meta.twitter).toBe('summary_large_image');
    expect(meta.jsonLd).toMatchObject({
      '@type': 'Article',
      url: url(locale),
      inLanguage: locale === 'zh' ? 'zh-CN' : 'en',
      isBasedOn: { '@type': 'NewsArticle', headline: '平安青岛,建设国际大都市的保障', inLanguage: 'zh-CN' },
    });
  });
});
