import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  articleOutline,
  buildSourceArticle,
  normalizeForQuote,
  parseArticle,
  sentenceId,
  sentenceMismatch,
  sentencesQuoting,
} from '../../src/lib/source-article';

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
  const built = buildSourceArticle(parsed, meta, {
    headline: 'Headline',
    originalHeadline: 'Original',
    tags: 'Tags',
    paragraphs: { p1: [{ zh: '第一段。', en: 'First.' }], p2: [{ zh: '小标题', en: 'Subheading' }], p3: [{ zh: '第三段。', en: 'Third.' }] },
  });

  it('pairs each paragraph with its sentences by paragraph id, keeping numbers and sub-headings', () => {
    expect(built.paragraphs.map(({ n, heading, text }) => ({ n, heading, text }))).toEqual([
      { n: 1, heading: false, text: { zh: '第一段。', en: 'First.' } },
      { n: 2, heading: true, text: { zh: '小标题', en: 'Subheading' } },
      { n: 3, heading: false, text: { zh: '第三段。', en: 'Third.' } },
    ]);
    expect(built.paragraphs[0]!.sentences).toEqual([{ id: 'p1-1', text: { zh: '第一段。', en: 'First.' } }]);
  });

  it('joins headline, tags and the date as printed with the metadata', () => {
    expect(built).toMatchObject({
      headline: { zh: '标题', en: 'Headline' },
      tags: { zh: '标签', en: 'Tags' },
      dateAsGiven: '03-18',
      originalHeadline: { zh: '原题', en: 'Original' },
      inferredYear: 2019,
    });
  });
});

describe('the English translation, sentence by sentence', () => {
  const pairs = (parse(readFileSync('content/source/translation.en.yaml', 'utf8')) as { paragraphs: Record<string, { zh: string; en: string }[]> }).paragraphs;

  it('covers every paragraph, and its Chinese sentences are the paragraph cut into pieces', () => {
    expect(Object.keys(pairs)).toEqual(article.body.map((p) => `p${p.n}`));
    for (const p of article.body) expect(sentenceMismatch(p.text, pairs[`p${p.n}`]!)).toBeNull();
  });

  it('cuts the paragraphs at the ends of Chinese sentences (。！？, with a closing quote)', () => {
    const cuts = Object.values(pairs).flatMap((sentences) => sentences.slice(0, -1).map((s) => s.zh.slice(-2)));
    expect(cuts.length).toBeGreaterThan(10);
    for (const end of cuts) expect(end).toMatch(/[。！？]”?$/);
  });

  it('names sentence anchors after their paragraph: p7-1, p7-2 …', () => {
    expect(sentenceId(7, 2)).toBe('p7-2');
  });
});

describe('sentenceMismatch(paragraph, sentences)', () => {
  it('is null when the sentences join to the paragraph, and points at the first difference otherwise', () => {
    expect(sentenceMismatch('甲。乙。', [{ zh: '甲。' }, { zh: '乙。' }])).toBeNull();
    expect(sentenceMismatch('甲。乙。', [{ zh: '甲。' }, { zh: '丙。' }])).toEqual({ at: 2, article: '乙。', sentences: '丙。' });
    expect(sentenceMismatch('甲。乙。', [{ zh: '甲。' }])).toEqual({ at: 2, article: '乙。', sentences: '(end)' });
    expect(sentenceMismatch('甲。', [{ zh: '甲。' }, { zh: '乙。' }])).toEqual({ at: 2, article: '(end)', sentences: '乙。' });
  });
});

describe('articleOutline(article, locale)', () => {
  it("lists the article's sub-headings by paragraph anchor, in the page's language", () => {
    const paragraphs = [
      { n: 3, heading: false, text: { zh: '正文。', en: 'Text.' } },
      { n: 4, heading: true, text: { zh: '强化风险防控', en: 'Strengthen risk prevention' } },
    ];
    expect(articleOutline({ paragraphs: paragraphs.map((p) => ({ ...p, sentences: [] })) }, 'en')).toEqual([
      { depth: 3, slug: 'p4', text: 'Strengthen risk prevention' },
    ]);
  });
});

describe('sentencesQuoting(sentences, quote)', () => {
  const sentences = ['甲乙丙。', '丁戊,己庚。', '辛壬。'].map((zh, i) => ({ id: `p1-${i + 1}`, text: { zh } }));
  it('finds the sentence that holds the quote, ignoring whitespace', () => {
    expect(sentencesQuoting(sentences, '丁 戊').map((s) => s.id)).toEqual(['p1-2']);
  });
  it('gives every sentence a quote runs across, and nothing for a quote that is not there', () => {
    expect(sentencesQuoting(sentences, '庚。辛').map((s) => s.id)).toEqual(['p1-2', 'p1-3']);
    expect(sentencesQuoting(sentences, '癸')).toEqual([]);
  });
});
