import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { bibtexMiscEntry } from '../../src/lib/cite/bibtex';
import { citationFileBody, citationFiles } from '../../src/lib/cite/downloads';
import { citationMetaTags } from '../../src/lib/cite/meta-tags';
import { allRecords, pageCitations, type PageVersion } from '../../src/lib/cite/record';
import { renderCitation } from '../../src/lib/cite/render';
import { ACCESSED, fillCitation } from '../../src/lib/cite/template';
import { serializeJsonLd, pageJsonLd } from '../../src/lib/structured-data';

const source = {
  headline: '平安青岛,建设国际大都市的保障',
  dateAsGiven: '03-18',
  inferredYear: 2019,
  origin: '未注明发布媒体与作者。',
  url: 'https://s.example.org/zh/source/',
};
const zh: PageVersion = {
  locale: 'zh',
  slug: 'risk-prevention',
  language: 'zh-CN',
  title: '风险防控与公共安全',
  description: '扫黑除恶等。',
  url: 'https://s.example.org/zh/risk-prevention/',
  sections: [{ id: 'anti-gang-campaign', title: '扫黑除恶专项斗争' }],
  siteName: '平安青岛解读',
  source,
};
const en: PageVersion = {
  ...zh,
  locale: 'en',
  language: 'en',
  title: 'Risk prevention and public security',
  description: 'The campaign & more </script><script>alert(1)</script>',
  url: 'https://s.example.org/en/risk-prevention/',
  sections: [{ id: 'anti-gang-campaign', title: 'the campaign against gang crime' }],
  siteName: 'Safe Qingdao Explained',
};
const dates = { published: new Date('2026-11-27'), modified: new Date('2026-11-30') };
const zhCites = pageCitations(zh, en, dates);
const enCites = pageCitations(en, zh, dates);
const fill = (text: string) =>
  fillCitation(text, { accessed: '2026-12-01', builtUrl: 'https://s.example.org/zh/risk-prevention/', readerUrl: 'https://s.example.org/zh/risk-prevention/' });
const fillEn = (text: string) => fillCitation(text, { accessed: '2026-12-01', builtUrl: en.url, readerUrl: en.url });

describe('citation records', () => {
  it('hold a section with its title in both languages, the site as author, both dates and its #address', () => {
    expect(zhCites.sections[0]).toMatchObject({
      id: 'zh/risk-prevention#anti-gang-campaign',
      title: '风险防控与公共安全：扫黑除恶专项斗争',
      otherTitle: 'Risk prevention and public security: the campaign against gang crime',
      author: '平安青岛解读',
      published: '2026-11-27',
      modified: '2026-11-30',
      url: 'https://s.example.org/zh/risk-prevention/#anti-gang-campaign',
      language: 'zh-CN',
      source: { dateAsGiven: '03-18', inferredYear: 2019 },
    });
  });

  it('refuse a section that its twin lacks', () => {
    expect(() => pageCitations(zh, { ...en, sections: [] }, dates)).toThrow(/anti-gang-campaign/);
  });
});

// citeproc compiles each style once (APA's is 85 KB): the first render of a style takes seconds on a busy machine.
describe('formats, rendered by the official CSL styles', { timeout: 60_000 }, () => {
  it('GB/T 7714-2015: [EB/OL], (更新或修改日期)[引用日期], URL', () => {
    expect(fill(renderCitation('gbt7714', zhCites.sections[0]!).text)).toBe(
      '平安青岛解读. 风险防控与公共安全：扫黑除恶专项斗争[EB/OL]. (2026-11-30)[2026-12-01]. https://s.example.org/zh/risk-prevention/#anti-gang-campaign.',
    );
  });

  it('APA 7: the title in italics, and a Chinese title followed by its English title in brackets', () => {
    const apa = renderCitation('apa', zhCites.page);
    expect(apa.html).toContain('<i>风险防控与公共安全 [Risk prevention and public security]</i>');
    expect(apa.text).toBe(
      '平安青岛解读. (2026, November 30). 风险防控与公共安全 [Risk prevention and public security]. 平安青岛解读. https://s.example.org/zh/risk-prevention/',
    );
  });

  it('MLA 9: the title in title case and quotation marks, the website in italics', () => {
    const mla = renderCitation('mla', enCites.sections[0]!);
    expect(mla.text).toContain('“Risk Prevention and Public Security: The Campaign against Gang Crime.”');
    expect(mla.html).toContain('<i>Safe Qingdao Explained</i>, 30 Nov. 2026');
  });

  it('biblatex @online with url, urldate, date, langid and the organisation as one author', () => {
    const text = fillEn(renderCitation('biblatex', enCites.page).text);
    expect(text).toMatch(/^@online\{safeqingdao-en-risk-prevention,/);
    for (const field of [
      'author = {{Safe Qingdao Explained}}',
      'date = {2026-11-30}',
      'urldate = {2026-12-01}',
      'url = {https://s.example.org/en/risk-prevention/}',
      'langid = {english}',
    ]) {
      expect(text).toContain(field);
    }
  });

  it('BibTeX @misc escapes LaTeX specials and keeps the day and access date', () => {
    const text = bibtexMiscEntry({ ...enCites.page, title: '50% & #1_{x}' }, '2026-12-01');
    expect(text).toContain('title = {50\\% \\& \\#1\\_\\{x\\}}');
    expect(text).toContain('day = {30}');
    expect(text).toContain('Accessed 2026-12-01');
  });

  it('fills in the reader’s address and today in place of the built ones', () => {
    const template = renderCitation('gbt7714', zhCites.sections[0]!).text;
    expect(template).toContain(ACCESSED);
    expect(fillCitation(template, { accessed: '2027-01-02', builtUrl: zh.url, readerUrl: 'http://127.0.0.1:9/other-base/zh/risk-prevention/' })).toBe(
      '平安青岛解读. 风险防控与公共安全：扫黑除恶专项斗争[EB/OL]. (2026-11-30)[2027-01-02]. http://127.0.0.1:9/other-base/zh/risk-prevention/#anti-gang-campaign.',
    );
  });
});

describe('download files parse back with citation-js to the same record', () => {
  for (const cites of [zhCites, enCites]) {
    for (const { file } of citationFiles) {
      it(`${cites.page.locale} ${file}`, () => {
        const parsed = new Cite(citationFileBody(file, cites, '2026-12-01')).data as Record<string, unknown>[];
        const records = allRecords(cites);
        expect(parsed).toHaveLength(records.length);
        records.forEach((record, i) => {
          const item = parsed[i] as {
            title: string;
            URL: string;
            language: string;
            author: { literal?: string; given?: string; family?: string }[];
            issued: { 'date-parts': number[][] };
            accessed: { 'date-parts': number[][] };
          };
          expect(item.title).toBe(record.title);
          expect(item.URL).toBe(record.url);
          expect(item.language).toBe(record.language);
          expect(item.author).toHaveLength(1);
          expect(item.author[0]!.literal ?? [item.author[0]!.given, item.author[0]!.family].filter(Boolean).join(' ')).toBe(record.author);
          expect(item.issued['date-parts'][0]).toEqual([2026, 11, 30]);
          expect(item.accessed['date-parts'][0]).toEqual([2026, 12, 1]);
        });
      });
    }
  }
});

describe('head tags and JSON-LD', () => {
  it('give Highwire, Dublin Core and Open Graph article dates from the record', () => {
    const tags = Object.fromEntries(citationMetaTags(zhCites.page).map((t) => [t.key, t.content]));
    expect(tags).toMatchObject({
      citation_title: '风险防控与公共安全',
      citation_author: '平安青岛解读',
      citation_publication_date: '2026/11/27',
      citation_language: 'zh-CN',
      'DC.type': 'webpage',
      'DC.identifier': zh.url,
      'article:published_time': '2026-11-27',
      'article:modified_time': '2026-11-30',
      'prism.publicationName': '平安青岛解读',
    });
    expect(tags['DC.source']).toContain('03-18');
  });

  it('escape < so a hostile description cannot close the script element, and parse back to the same text', () => {
    const json = serializeJsonLd(pageJsonLd(enCites.page, { twin: zhCites.page, isTranslation: true, siteUrl: 'https://s.example.org/en/overview/' }));
    expect(json).not.toMatch(/<|>/);
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data['description']).toBe(en.description);
    expect(data).toMatchObject({
      '@type': 'Article',
      datePublished: '2026-11-27',
      dateModified: '2026-11-30',
      author: { '@type': 'Organization' },
      translationOfWork: { url: zh.url },
      isBasedOn: { '@type': 'NewsArticle', dateline: '03-18' },
    });
    // The article's year is only inferred, so it is given its dateline, never a date.
    expect(data['isBasedOn']).not.toHaveProperty('datePublished');
  });
});
