import { getRssString } from '@astrojs/rss';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { anchorLabel, beforeToQuote, correctionsFor, isReservedSectionId } from '../../src/lib/corrections';
import { feedOptions, type FeedInput } from '../../src/lib/feed';
import { correctionSchema, type Correction } from '../../src/schemas';

const entry = (raw: Record<string, unknown>): Correction =>
  correctionSchema.parse({ id: 'x', date: '2026-12-01', page: 'source', kind: 'translation', summary: { zh: '改正。', en: 'Fixed.' }, ...raw });

describe('the corrections log helpers', () => {
  it('reads one section or a list of sections as a list', () => {
    expect(entry({ section: 'p7' }).section).toEqual(['p7']);
    expect(entry({ section: ['a', 'b'] }).section).toEqual(['a', 'b']);
    expect(entry({}).section).toBeUndefined();
  });

  it('finds the entries that concern one anchor', () => {
    const list = [entry({ id: 'a', section: ['p7', 'p20'] }), entry({ id: 'b', section: 'p20' }), entry({ id: 'c' })];
    expect(correctionsFor(list, 'p20').map((c) => c.id)).toEqual(['a', 'b']);
    expect(correctionsFor(list, 'p1')).toEqual([]);
  });

  it('names a section by its heading, list entry, or source paragraph and sentence', () => {
    const names = { headings: new Map([['goals', 'The goals']]), listed: new Map([['fengqiao-experience', '“Fengqiao experience”']]) };
    const en = useTranslations('en');
    expect(anchorLabel('goals', names, en)).toBe('The goals');
    expect(anchorLabel('fengqiao-experience', names, en)).toBe('“Fengqiao experience”');
    expect(anchorLabel('p7', names, en)).toBe('Source paragraph 7');
    expect(anchorLabel('p7-2', names, useTranslations('zh'))).toBe('原文第7段第2句');
  });

  it('quotes the old wording in the page’s language, or the other language’s where only that changed', () => {
    expect(beforeToQuote({ zh: '旧', en: 'old' }, 'en')).toEqual([{ locale: 'en', text: 'old' }]);
    expect(beforeToQuote({ zh: '旧' }, 'en')).toEqual([{ locale: 'zh', text: '旧' }]);
    expect(beforeToQuote(undefined, 'zh')).toEqual([]);
  });

  it('reserves the log’s own ids', () => {
    expect(isReservedSectionId('corrections-and-changes')).toBe(true);
    expect(isReservedSectionId('correction-m1-source')).toBe(true);
    expect(isReservedSectionId('corrections')).toBe(false);
  });
});

describe('feedOptions', () => {
  const input = (corrections: Correction[]): FeedInput => ({
    locale: 'en',
    t: useTranslations('en'),
    siteTitle: 'Site',
    feedUrl: 'https://example.org/sub/en/feed.xml',
    homeUrl: 'https://example.org/sub/en/overview/',
    pageUrl: (slug) => `https://example.org/sub/en/${slug}/`,
    pages: [
      { slug: 'source', title: 'Source <b>article</b>', description: 'The text & its </script> translation', published: new Date('2026-11-27') },
      { slug: 'glossary', title: 'Glossary', description: 'Terms.', published: new Date('2026-11-28') },
    ],
    corrections,
  });

  it('lists corrections linking to their entry and new pages, newest first, as a feed a parser reads', async () => {
    const xml = await getRssString(feedOptions(input([entry({ id: 'p7-date', section: 'p7' })])));
    const feed = parseFeed(xml);
    expect(feed.language).toBe('en');
    expect(feed.self).toBe('https://example.org/sub/en/feed.xml');
    expect(feed.items.map((i) => [i.title, i.url, i.published?.toISOString().slice(0, 10)])).toEqual([
      ['Correction of the translation: Source <b>article</b>', 'https://example.org/sub/en/source/#correction-p7-date', '2026-12-01'],
      ['New page: Glossary', 'https://example.org/sub/en/glossary/', '2026-11-28'],
      ['New page: Source <b>article</b>', 'https://example.org/sub/en/source/', '2026-11-27'],
    ]);
    expect(feed.items[0]?.description).toBe('Fixed.');
    expect(feed.items[2]?.description).toBe('The text & its </script> translation');
  });

  it('escapes markup in titles and summaries', async () => {
    const xml = await getRssString(feedOptions(input([])));
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('</script>');
    expect(xml).toContain('Source &lt;b&gt;article&lt;/b&gt;');
  });
});
