import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { builtSlugs, dist, hasChromium, sectionHeadings, SUBPATH, subpathDist, useBuiltSite } from './support/site';

const SITE = 'https://safe-qingdao.example.org';
const locales = ['zh', 'en'] as const;
const slugs = builtSlugs();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const t = useBuiltSite();

interface HeadFacts {
  meta: Record<string, string[]>;
  jsonLd: Record<string, any>;
  h1: string;
  lang: string;
  canonical: string;
  sections: string[];
}

describe.skipIf(!hasChromium)('citation tags in <head>', () => {
  it.each(slugs)('%s: both languages carry Highwire, Dublin Core, article times and JSON-LD from one record, linking each other', async (slug) => {
    const facts: Partial<Record<(typeof locales)[number], HeadFacts>> = {};
    for (const locale of locales) {
      const { page } = await t.open(`/${locale}/${slug}/`, { javaScriptEnabled: false });
      facts[locale] = await page.evaluate(() => {
        const meta: Record<string, string[]> = {};
        for (const m of document.head.querySelectorAll('meta[name], meta[property]')) {
          const key = m.getAttribute('name') ?? m.getAttribute('property')!;
          (meta[key] ??= []).push(m.getAttribute('content') ?? '');
        }
        return {
          meta,
          jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
          h1: document.querySelector('h1')!.textContent!.trim(),
          lang: document.documentElement.lang,
          canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href,
          sections: [...document.querySelectorAll('[data-pagefind-body] :is(h2, h3)[id]')].map((h) => h.id),
        };
      });
    }
    for (const locale of locales) {
      const { meta, jsonLd, h1, lang, canonical } = facts[locale]!;
      const twin = facts[locale === 'zh' ? 'en' : 'zh']!;
      const author = locale === 'zh' ? '平安青岛解读' : 'Safe Qingdao Explained';
      const one = (key: string) => {
        expect(meta[key], key).toHaveLength(1);
        return meta[key]![0]!;
      };
      expect(one('citation_title')).toBe(h1);
      expect(one('citation_author')).toBe(author);
      const published = one('article:published_time');
      expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(one('citation_publication_date')).toBe(published.replaceAll('-', '/'));
      expect(one('citation_language')).toBe(lang);
      expect(one('DC.title')).toBe(h1);
      expect(one('DC.creator')).toBe(author);
      expect(one('DC.publisher')).toBe(author);
      expect(one('DC.date')).toBe(published);
      expect(one('DC.language')).toBe(lang);
      expect(one('DC.identifier')).toBe(canonical);
      expect(one('DC.source')).toContain('03-18');
      expect(one('DC.type')).toBe('webpage');
      expect(one('og:image:width')).toBe('1200');
      expect(one('twitter:card')).toBe('summary_large_image');
      expect(jsonLd).toMatchObject({
        '@type': 'Article',
        url: canonical,
        headline: h1,
        inLanguage: lang,
        author: { '@type': 'Organization', name: author },
        publisher: { '@type': 'Organization', name: author },
        datePublished: published,
        dateModified: one('article:modified_time'),
        isBasedOn: { '@type': 'NewsArticle', dateline: '03-18' },
      });
      expect(jsonLd[locale === 'zh' ? 'workTranslation' : 'translationOfWork']).toMatchObject({ url: twin.canonical, inLanguage: twin.lang });
    }
  });
});

describe('citation downloads', () => {
  const html = (locale: string, slug: string) => readFileSync(join(dist, locale, slug, 'index.html'), 'utf8');
  const attr = (page: string, pattern: RegExp) => pattern.exec(page)?.[1] ?? '';

  it.each(slugs.flatMap((slug) => locales.map((locale) => [locale, slug] as const)))(
    '%s/%s: CSL-JSON, RIS and biblatex parse back with citation-js to the same records',
    (locale, slug) => {
      const page = html(locale, slug);
      const canonical = attr(page, /<link rel="canonical" href="([^"]+)"/);
      const sectionIds = sectionHeadings(page).map((heading) => heading.id);
      const title = attr(page, /<meta name="citation_title" content="([^"]+)"/).replaceAll('&amp;', '&');
      const modified = attr(page, /<meta property="article:modified_time" content="([^"]+)"/)
        .split('-')
        .map(Number);
      const parsed = ['cite.json', 'cite.ris', 'cite.bib'].map((file) => ({
        file,
        items: new Cite(readFileSync(join(dist, locale, slug, file), 'utf8')).data as Record<string, any>[],
      }));
      for (const { file, items } of parsed) {
        expect(
          items.map((i) => i['URL']),
          file,
        ).toEqual([canonical, ...sectionIds.map((id) => `${canonical}#${id}`)]);
        expect(items[0]!['title'], file).toBe(title);
        for (const item of items) {
          expect(item['language'], file).toBe(locale === 'zh' ? 'zh-CN' : 'en');
          const [author] = item['author'];
          expect(author.literal ?? [author.given, author.family].filter(Boolean).join(' '), file).toBe(
            locale === 'zh' ? '平安青岛解读' : 'Safe Qingdao Explained',
          );
          expect(item['issued']['date-parts'][0], file).toEqual(modified);
          expect(item['accessed']['date-parts'][0], file).toEqual(parsed[0]!.items[0]!['accessed']['date-parts'][0]);
        }
      }
      // The three files hold the same titles, entry by entry.
      expect(parsed[1]!.items.map((i) => i['title'])).toEqual(parsed[0]!.items.map((i) => i['title']));
      expect(parsed[2]!.items.map((i) => i['title'])).toEqual(parsed[0]!.items.map((i) => i['title']));
    },
  );
});

describe.skipIf(!hasChromium)('the cite panel', () => {
  it('opens from "Cite this page" in the contents', async () => {
    const { page } = await t.open('/en/risk-prevention/');
    expect(await page.locator('details#cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('.toc-cite a').click();
    // Polled with room to spare: on a loaded machine the hashchange can take seconds to arrive.
    await expect.poll(() => page.locator('details#cite').evaluate((d) => (d as HTMLDetailsElement).open), { timeout: 15_000 }).toBe(true);
    await page.locator('cite-panel[data-ready]').waitFor({ state: 'attached' });
  });

  it('shows one format at a time and remembers the chosen one', async () => {
    const { page } = await t.open('/en/risk-prevention/#cite');
    await page.locator('cite-panel[data-ready]').waitFor({ state: 'attached' });
    const visible = () =>
      page.$$eval('#cite .citation', (blocks) =>
        blocks.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => (b as HTMLElement).dataset['format']),
      );
    expect(await visible()).toEqual(['gbt7714']);
    await page.getByLabel('MLA 9').check();
    expect(await visible()).toEqual(['mla']);
    await page.reload();
    await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
    await page.locator('cite-panel[data-ready]').waitFor({ state: 'attached' });
    expect(await visible()).toEqual(['mla']);
  });

  it('copies rich text with italics and plain text, says "Copied ✓" for two seconds and tells screen readers', async () => {
    const { page } = await t.open('/en/risk-prevention/#anti-gang-campaign', clipboard);
    await page.locator('#cite summary').click();
    await page.locator('cite-panel[data-ready]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#cite select').inputValue()).toBe('anti-gang-campaign');
    await page.getByLabel('APA 7').check();
    const button = page.locator('#cite .citation[data-format="apa"] button');
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Copied ✓');
    expect(await page.textContent('#live-status')).toBe('Citation copied');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    const address = t.site.url('/en/risk-prevention/#anti-gang-campaign');
    const h1 = (await page.locator('h1').textContent())!.trim();
    expect(copied.html).toMatch(new RegExp(`\\(\\d{4}, \\w+ \\d+\\)\\. <i>${h1}: [^<]+</i>\\. `));
    expect(copied.text).toContain(address);
    expect(copied.text).not.toContain(SITE);
    expect(copied.text).not.toContain('<i>');
    await page.waitForTimeout(2300);
    expect(await button.textContent()).toBe('Copy');
  });

  it('cites with today as the date cited, in GB/T 7714 with the address the reader is on', async () => {
    const { page } = await t.open('/zh/risk-prevention/#anti-gang-campaign', clipboard);
    await page.locator('#cite summary').click();
    await page.locator('cite-panel[data-ready]').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('#cite select').inputValue()).toBe('anti-gang-campaign');
    const text = await page.locator('#cite .citation[data-format="gbt7714"] .text').textContent();
    expect(text).toMatch(
      new RegExp(
        `\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[${today()}\\]\\. ${t.site.url('/zh/risk-prevention/#anti-gang-campaign').replace(/[.?]/g, '\\$&')}\\.$`,
      ),
    );
  });

  it('without JavaScript shows every format of the whole page as text, and the download links', async () => {
    const { page } = await t.open('/en/about/', { javaScriptEnabled: false });
    await page.click('#cite summary');
    const texts = await page.$$eval('#cite .citation', (blocks) =>
      blocks.map((b) => ({ shown: (b as HTMLElement).offsetParent !== null, text: b.querySelector('.text')!.textContent })),
    );
    expect(texts.map((b) => b.shown)).toEqual([true, true, true, true, true]);
    expect(texts[0]!.text).toMatch(
      /^SAFE QINGDAO EXPLAINED\. About and method\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/safe-qingdao\.example\.org\/en\/about\/\.$/,
    );
    expect(await page.$$eval('#cite .downloads a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(['cite.json', 'cite.ris', 'cite.bib']);
  });
});

describe.skipIf(!hasChromium)(`a sub-path build served from another origin (${SUBPATH.base} on 127.0.0.1, built for ${SUBPATH.site})`, () => {
  const sub = useBuiltSite(SUBPATH.base, subpathDist);

  it('copies citations and section links with the reader’s origin and base', async () => {
    const { page } = await sub.open('/en/risk-prevention/#anti-gang-campaign', clipboard);
    const address = sub.site.url('/en/risk-prevention/#anti-gang-campaign');
    expect(address).toContain(`127.0.0.1:`);
    expect(address).toContain(`${SUBPATH.base}en/`);
    await page.locator('#cite summary').click();
    await page.locator('cite-panel[data-ready]').waitFor({ state: 'attached' });
    await page.getByLabel('biblatex').check();
    await page.locator('#cite .citation[data-format="biblatex"] button').click();
    const bib = await page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toContain(`url = {${address}}`);
    expect(bib).not.toContain(SUBPATH.site);
    await page.locator('#anti-gang-campaign').hover();
    await page.locator('#anti-gang-campaign a.heading-link').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  });
});
