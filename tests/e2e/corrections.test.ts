import { parseFeed } from '@rowanmanning/feed-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEmbedUrl } from '../../src/lib/charts/embed';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlLang, locales } from '../../src/i18n/locales';
import { correctionSchema, pageSchema } from '../../src/schemas';
import { isRedirectPage, sitePages } from './support/link-check';
import { builtSlugs, dist, hasChromium, SUBPATH, subpathDist, useBuiltSite } from './support/site';

// What the built site must show: the log as written, newest first (entries of one day by id).
const log = (parse(readFileSync('content/corrections.yaml', 'utf8')) as unknown[])
  .map((raw) => correctionSchema.parse(raw))
  .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
const day = (date: Date) => date.toISOString().slice(0, 10);
const published = (locale: string, slug: string) =>
  pageSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`content/pages/${locale}/${slug}.mdx`, 'utf8'))![1]!)).published;
const slugs = builtSlugs('zh');
const corrected = [...new Set(log.map((c) => c.page))];
const site = 'https://safe-qingdao.example.org';

/** The built file a feed link points at, and whether it has the link's #anchor. */
function resolves(dir: string, prefix: string, url: string): boolean {
  if (!url.startsWith(prefix)) return false;
  const [path = '', hash] = url.slice(prefix.length).split('#');
  const file = join(dir, path, 'index.html');
  return existsSync(file) && (!hash || readFileSync(file, 'utf8').includes(`id="${hash}"`));
}

describe('the feeds', () => {
  it('have the corrections log to test (this round’s entries)', () => {
    expect(log.length).toBeGreaterThanOrEqual(20);
    expect(corrected).toEqual(expect.arrayContaining(['source', 'risk-prevention', 'timeline', 'glossary', 'data', 'smart-policing']));
  });

  it.each(locales)('/%s/feed.xml lists every correction and every page, in its language, newest first, linking to built pages and entries', (locale) => {
    const feed = parseFeed(readFileSync(join(dist, locale, 'feed.xml'), 'utf8'));
    expect(feed.language).toBe(htmlLang[locale]);
    expect(feed.self).toBe(`${site}/${locale}/feed.xml`);
    expect(feed.url).toBe(`${site}/${locale}/overview/`);
    const items = feed.items.map((i) => ({ url: i.url ?? '', date: i.published ? day(i.published) : '', description: i.description }));
    const expected = [
      ...log.map((c) => ({ url: `${site}/${locale}/${c.page}/#correction-${c.id}`, date: day(c.date), description: c.summary[locale] })),
      ...slugs.map((slug) => ({ url: `${site}/${locale}/${slug}/`, date: day(published(locale, slug)), description: expect.any(String) })),
    ];
    expect(items).toHaveLength(expected.length);
    expect(items).toEqual(expect.arrayContaining(expected));
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items.filter((i) => !resolves(dist, `${site}/`, i.url)).map((i) => i.url)).toEqual([]);
  });

  it('carry the site address and base of a sub-path build', () => {
    for (const locale of locales) {
      const prefix = `${SUBPATH.site}${SUBPATH.base}`;
      const feed = parseFeed(readFileSync(join(subpathDist, locale, 'feed.xml'), 'utf8'));
      expect(feed.self).toBe(`${prefix}${locale}/feed.xml`);
      expect(feed.items.length).toBe(log.length + slugs.length);
      expect(feed.items.filter((i) => !resolves(subpathDist, prefix, i.url ?? '')).map((i) => i.url)).toEqual([]);
    }
  });

  it('are announced in the head of every page, in the page’s language (both on bilingual pages)', () => {
    // Chart embed pages are chart copies made for framing elsewhere (noindex), not pages of the site to follow.
    for (const path of sitePages(dist).filter((p) => !isRedirectPage(dist, p) && !isEmbedUrl(p))) {
      const html = readFileSync(join(dist, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const feeds = [...head.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
      const locale = /^\/(zh|en)\//.exec(path)?.[1];
      expect(feeds, path).toEqual(locale ? [`${site}/${locale}/feed.xml`] : locales.map((l) => `${site}/${l}/feed.xml`));
    }
  });

  it.each(locales)('are linked from the About page’s corrections policy (%s)', (locale) => {
    const html = readFileSync(join(dist, locale, 'about', 'index.html'), 'utf8');
    const policy = html.slice(html.indexOf('id="corrections-policy"'));
    expect(policy).toMatch(/<a href="\.\.\/feed\.xml"/);
  });
});

const t = useBuiltSite();

describe.skipIf(!hasChromium)('the corrections log on the pages', () => {
  const cases = corrected.flatMap((slug) => locales.map((locale) => [locale, slug] as const));

  it.each(cases)('/%s/%s/ ends with its entries, newest first, each dated, quoted and linked both ways', async (locale, slug) => {
    const { page } = await t.open(`/${locale}/${slug}/`, { javaScriptEnabled: false });
    const entries = log.filter((c) => c.page === slug);
    const shown = await page.evaluate(() => {
      const section = document.querySelector('section.corrections')!;
      const headings = [...document.querySelectorAll('main h2[id]')];
      return {
        isLastSection: headings.at(-1)?.id === 'corrections-and-changes' && section.contains(headings.at(-1)!),
        inToc: [...document.querySelectorAll('.toc a')].some((a) => a.getAttribute('href') === '#corrections-and-changes'),
        entries: [...section.querySelectorAll('ol > li')].map((li) => ({
          id: li.id,
          date: li.querySelector('time')?.getAttribute('datetime'),
          quotes: [...li.querySelectorAll('blockquote')].map((q) => [q.getAttribute('lang'), q.textContent]),
          targets: [...li.querySelectorAll('.concerns a')].map((a) => a.getAttribute('href')!),
        })),
        marks: [...document.querySelectorAll('a.corrected-mark')].map((a) => ({
          href: a.getAttribute('href'),
          anchor: a.closest('[id]:not(section.corrections)')?.id,
          date: a.querySelector('time')?.getAttribute('datetime'),
        })),
        footer: document.querySelector('.site-footer [data-modified]')?.textContent,
      };
    });
    expect(shown.isLastSection).toBe(true);
    expect(shown.inToc).toBe(true);
    expect(shown.entries.map((e) => [e.id, e.date])).toEqual(entries.map((c) => [`correction-${c.id}`, day(c.date)]));
    for (const [i, c] of entries.entries()) {
      const quoted = c.before?.[locale] ? [[htmlLang[locale], c.before[locale]]] : locales.flatMap((l) => (c.before?.[l] ? [[htmlLang[l], c.before[l]]] : []));
      expect(shown.entries[i]!.quotes).toEqual(quoted);
      expect(shown.entries[i]!.targets).toEqual((c.section ?? []).map((id) => `#${id}`));
      // Each concerned anchor exists on the page and carries a dated mark back to this entry.
      for (const id of c.section ?? []) {
        expect(await page.locator(`[id="${id}"]`).count(), `#${id}`).toBe(1);
        expect(shown.marks).toContainEqual({ href: `#correction-${c.id}`, anchor: id, date: day(c.date) });
      }
    }
    expect(shown.marks).toHaveLength(entries.reduce((n, c) => n + (c.section?.length ?? 0), 0));
    expect(shown.footer).toBe(locale === 'en' ? 'Last changed 1 December 2026' : '最后修改：2026年12月1日');
  });

  it.each(slugs.filter((slug) => !corrected.includes(slug)))('/en/%s/ has no log and no marks', async (slug) => {
    const { page } = await t.open(`/en/${slug}/`, { javaScriptEnabled: false });
    expect(await page.locator('#corrections-and-changes, a.corrected-mark, .toc a[href="#corrections-and-changes"]').count()).toBe(0);
  });

  it('takes a reader from a mark to its entry and from the entry back to the section, without JavaScript', async () => {
    const { page } = await t.open('/en/risk-prevention/', { javaScriptEnabled: false });
    await page.click('#zhao-hong-yu-yinghuan-case a.corrected-mark');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('correction-zhao-yu-case-date-risk-prevention');
    expect(await page.locator(':target').isVisible()).toBe(true);
    await page.click(':target .concerns a[href="#zhao-hong-yu-yinghuan-case"]');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('zhao-hong-yu-yinghuan-case');
  });

  it('prints the log and the marks', async () => {
    const { page } = await t.open('/zh/source/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section.corrections').isVisible()).toBe(true);
    expect(await page.locator('#p7 a.corrected-mark').isVisible()).toBe(true);
    expect(await page.locator('#correction-p7-date-scope-translation blockquote[lang="en"]').isVisible()).toBe(true);
  });
});
