import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSourceArticle, normalizeForQuote, parseArticle } from '../../src/lib/source-article';

const article = parseArticle(readFileSync('content/source/article.zh.txt', 'utf8'));

describe('parseArticle(the source article)', () => {
  it('reads the headline, the date as printed and the original title', () => {
    expect(article.headline).toBe('平安青岛,建设国际大都市的保障');
    expect(article.dateAsGiven).toBe('03-18');
    expect(article.tags).toBe('平安青岛社会治安');
    expect(article.originalHeadline).toBe('平安青岛,建设国际大都市的保障');
  });

  it('numbers the 22 body paragraphs from the survey to the closing paragraph', () => {
    expect(article.body).toHaveLength(22);
    expect(article.body[0]?.text).toMatch(/^2019年1月,市“三民”活动/);
    expect(article.body[21]?.text).toMatch(/^着眼人民安居乐业/);
  });

  it("marks the article's three sub-headings", () => {
    expect(article.body.filter((p) => p.heading).map((p) => p.n)).toEqual([4, 9, 16]);
  });

  it("leaves out the host page's related-reading links", () => {
    expect(article.body.some((p) => p.text.includes('相关阅读') || p.text.includes('青啤'))).toBe(false);
  });

  it('rejects a text that does not start like the article', () => {
    expect(() => parseArticle('标题\n\n正文')).toThrow(/日期/);
  });
});

describe('normalizeForQuote', () => {
  it('ignores whitespace, including line breaks inside a quote', () => {
    expect(normalizeForQuote('全市两级法院指挥中心互联互通, 网络')).toBe('全市两级法院指挥中心互联互通,网络');
  });
});

describe('buildSourceArticle(parsed, meta, translation)', () => {
  const meta = { attribution: { zh: '转载', en: 'Reproduced' }, inferredYear: 2019, yearNote: { zh: '推断', en: 'Inferred' } };
  const parsed = parseArticle(['标题', '日期:03-18\n标签', '原标题:原题', '第一段。', '小标题', '第三段。'].join('\n\n'));
  const built = buildSourceArticle(parsed, meta, { headline: 'Headline', originalHeadline: 'Original', tags: 'Tags', paragraphs: { p1: 'First.', p2: 'Subheading', p3: 'Third.' } });

  it('pairs each paragraph with its translation by paragraph id, keeping numbers and sub-headings', () => {
    expect(built.paragraphs).toEqual([
      { n: 1, heading: false, text: { zh: '第一段。', en: 'First.' } },
      { n: 2, heading: true, text: { zh: '小标题', en: 'Subheading' } },
      { n: 3, heading: false, text: { zh: '第三段。', en: 'Third.' } },
    ]);
  });

  it('joins headline, tags and the date as printed with the metadata', () => {
    expect(built).toMatchObject({ headline: { zh: '标题', en: 'Headline' }, tags: { zh: '标签', en: 'Tags' }, dateAsGiven: '03-18', originalHeadline: { zh: '原题', en: 'Original' }, inferredYear: 2019 });
  });
});
