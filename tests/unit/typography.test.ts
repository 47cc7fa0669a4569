import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeForQuote, parseArticle } from '../../src/lib/source-article';
import { articleQuotations } from '../../src/lib/typography/article-quotes';
import { lintChinese } from '../../src/lib/typography/chinese';
import { lintEnglish, smartQuotes } from '../../src/lib/typography/english';
import { lintSiteText, type LintContext } from '../../src/lib/typography/lint';
import { mdxTexts, uiTexts, yamlTexts, type SiteText } from '../../src/lib/typography/site-texts';
import { lintSourceMarks } from '../../src/lib/typography/source-marks';

const read = (file: string) => readFileSync(file, 'utf8');
const article = parseArticle(read('content/source/article.zh.txt'));
const normalizedArticle = normalizeForQuote([article.headline, ...article.body.map((p) => p.text)].join(''));
const statistics = parse(read('content/statistics.yaml')) as { id: string; paragraph: string }[];
const context: LintContext = { normalizedArticle, paragraphOf: (id) => statistics.find((s) => s.id === id)?.paragraph };
const lint = (items: SiteText[]) => items.flatMap((item) => lintSiteText(item, context)).map((p) => `${p.file}:${p.line}: ${p.message}`);

const pages = ['zh', 'en'].flatMap((lang) => readdirSync(`content/pages/${lang}`).map((name) => `content/pages/${lang}/${name}`));
const dataFiles = [
  'content/statistics.yaml',
  'content/glossary.yaml',
  'content/timeline.yaml',
  'content/datasets.yaml',
  'content/source/meta.yaml',
  'content/source/translation.en.yaml',
];

// zhlint parses every string on its own (~700 of them): seconds of work, more on a busy machine.
const CORPUS = { timeout: 60_000 };

describe('typography of everything the site writes (file:line: what to write)', () => {
  it('MDX pages: Chinese rules on zh pages, English rules on en pages, ¶ marks after the punctuation', CORPUS, () => {
    expect(lint(pages.flatMap((file) => mdxTexts(file, read(file))))).toEqual([]);
  });

  it('data files: labels, notes, glossary, timeline, chart texts, translation', CORPUS, () => {
    const texts = dataFiles.flatMap((file) => yamlTexts(file, read(file)));
    expect(texts.length).toBeGreaterThan(300); // every field is reached, not silently skipped
    expect(lint(texts)).toEqual([]);
  });

  it('interface strings in src/i18n/ui.ts', CORPUS, () => {
    const texts = uiTexts('src/i18n/ui.ts', read('src/i18n/ui.ts'));
    expect(texts.filter((t) => t.lang === 'zh').length).toBeGreaterThan(60);
    expect(lint(texts)).toEqual([]);
  });
});

describe('lintChinese (zhlint with the site’s rules)', () => {
  const messages = (text: string) => lintChinese(text).map((i) => i.message);
  it('wants full-width punctuation next to Chinese', () => {
    expect(messages('文章写作“6000余人”,并称“目前”')).toEqual([expect.stringContaining('全角')]);
    expect(messages('文字(说明)文字')).toHaveLength(2);
    expect(messages('真的吗?是的!')).toHaveLength(2);
    expect(messages('文章写作“6000余人”，并称“目前”。')).toEqual([]);
  });
  it('wants no space between Chinese and Latin letters or digits', () => {
    expect(messages('未启用 JavaScript 时')).toHaveLength(2);
    expect(messages('未启用JavaScript时，2018年逾210条')).toEqual([]);
  });
  it('wants ‘’ inside “”, and paired quotes', () => {
    expect(messages('他说“文章称“平安””。')).toEqual([expect.stringContaining('‘’')]);
    expect(messages('他说“文章称‘平安’”。')).toEqual([]);
    expect(messages('他说“文章称。')).toEqual([expect.stringContaining('不成对')]);
  });
  it('skips exempt spans (quotations of the article keep its half-width commas)', () => {
    const text = '小标题是“强化风险防控,努力打造全国最安全城市”。';
    const article = normalizeForQuote('强化风险防控,努力打造全国最安全城市');
    expect(lintChinese(text)).not.toEqual([]);
    expect(lintChinese(text, articleQuotations(text, article))).toEqual([]);
    expect(articleQuotations('小标题是“强化风险防控,努力打造最安全城市”。', article)).toEqual([]); // not the article's words
  });
  it('reads MDX markup without false positives', () => {
    expect(messages('<Term id="safe-qingdao">“平安青岛”</Term>建设，见[原文](../source/)。<Src p="p2" />\n\n## 标题 \\{#the-id\\}')).toEqual([]);
  });
});

describe('lintEnglish', () => {
  const messages = (text: string, curly = true) => lintEnglish(text, { curly }).map((i) => i.message);
  it('wants curly quotes and apostrophes, as smartypants writes them', () => {
    expect(smartQuotes(`the city's "Sanmin" activity`)).toBe('the city’s “Sanmin” activity');
    expect(messages(`the city's activity`)).toEqual([expect.stringContaining('straight quote')]);
    expect(messages('the city’s “Sanmin” activity')).toEqual([]);
  });
  it('wants U+2212 for negative numbers', () => {
    expect(messages('a change of -56.8%')).toEqual([expect.stringContaining('U+2212')]);
    expect(messages('a change of −56.8%, GB/T 7714-2015, “03-18”')).toEqual([]);
  });
  it('wants thousands separators, except in years, identifiers and Chinese notation', () => {
    expect(messages('5.1 lawyers per 10000 people')).toEqual(['thousands separator: write 10,000']);
    expect(messages('6284.57 × 10,000')).toEqual(['thousands separator: write 6,284.57']);
    expect(messages('in 2019, 1,342 rooms, GB/T 7714-2015, #p22, 6284.57万元')).toEqual([]);
  });
  it('wants the spaced en dash, the site’s one dash style', () => {
    expect(messages('explained — social governance')).toEqual([expect.stringContaining('spaced en dash')]);
    expect(messages('explained – social governance, paragraphs 4–8')).toEqual([]);
  });
  it('rejects the calque “ten-thousand yuan”', () => {
    expect(messages('62,845,700 ten-thousand yuan')).toEqual([expect.stringContaining('calque of 万元')]);
  });
});

describe('lintSourceMarks', () => {
  const messages = (mdx: string) => lintSourceMarks(mdx, (id) => (id === 'term' ? 'p7' : undefined)).map((i) => i.message);
  it('accepts a mark right after the punctuation, after closing quotes, and marks of different paragraphs', () => {
    expect(messages('同比下降。<Src p="p7" />下一句。“引文。”<Src p="p6" /><Src p="p7" />')).toEqual([]);
  });
  it('rejects a space before the mark, a mark before the punctuation, and a mark in mid-clause', () => {
    expect(messages('同比下降 <Src p="p7" />')).toEqual([expect.stringContaining('no space')]);
    expect(messages('同比下降<Src p="p7" />。')).toEqual([expect.stringContaining('must follow'), expect.stringContaining('before punctuation')]);
  });
  it('rejects two marks for one paragraph in a row, also after a <Stat> of that paragraph', () => {
    expect(messages('下降。<Src p="p7" /><Src p="p7" />')).toEqual([expect.stringContaining('in a row')]);
    expect(messages('有期徒刑<Stat id="term" />。<Src p="p7" />')).toEqual([expect.stringContaining('in a row')]);
    expect(messages('有期徒刑<Stat id="term" />。另一句。<Src p="p7" />')).toEqual([]);
  });
});

describe('lintSiteText', () => {
  it('reports the file and the line of the fault', () => {
    const mdx = mdxTexts('content/pages/zh/x.mdx', '---\ntitle: 标题\n---\n\n第一段。\n\n第二段,有错。\n');
    expect(mdx.flatMap((t) => lintSiteText(t, context))).toEqual([{ file: 'content/pages/zh/x.mdx', line: 7, message: expect.stringContaining('全角') }]);
    const yaml = yamlTexts('content/timeline.yaml', '- id: a\n  event:\n    zh: "正确。"\n    en: "The city\'s plan."\n');
    expect(yaml.flatMap((t) => lintSiteText(t, context))).toEqual([
      { file: 'content/timeline.yaml', line: 4, message: expect.stringContaining('straight quote') },
    ]);
  });
});
