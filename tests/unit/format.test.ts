import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { formatNumber, formatPartialDate, formatPeriod, formatStatistic, keepTogether, statisticParts } from '../../src/lib/format';

const zh = useTranslations('zh');
const en = useTranslations('en');

describe('formatStatistic(stat, locale)', () => {
  it('writes a percentage the same way in both languages', () => {
    const stat = { value: 98.56, unit: 'percent', qualifier: 'exact' } as const;
    expect(formatStatistic(stat, 'zh', zh)).toBe('98.56%');
    expect(formatStatistic(stat, 'en', en)).toBe('98.56%');
  });

  it('keeps "at least" after the unit in Chinese and before it in English', () => {
    const stat = { value: 95, unit: 'percent', qualifier: 'at-least' } as const;
    expect(formatStatistic(stat, 'zh', zh)).toBe('95%以上');
    expect(formatStatistic(stat, 'en', en)).toBe('at least 95%');
  });

  it('keeps "more than" and groups thousands in English only', () => {
    const stat = { value: 6000, unit: 'people', qualifier: 'more-than' } as const;
    expect(formatStatistic(stat, 'zh', zh)).toBe('逾6000人');
    expect(formatStatistic(stat, 'en', en)).toBe('more than 6,000\u00a0people');
  });

  it('converts 万元 to yuan in English without rounding', () => {
    const stat = { value: 6284.57, unit: 'wan-yuan', qualifier: 'exact' } as const;
    expect(formatStatistic(stat, 'zh', zh)).toBe('6284.57万元');
    expect(formatStatistic(stat, 'en', en)).toBe('62,845,700\u00a0yuan');
  });

  it('shows a fall with the minus sign U+2212, or without a sign where the sentence says "fell"', () => {
    const fall = { value: -56.8, unit: 'percent', qualifier: 'exact' } as const;
    expect(formatStatistic(fall, 'en', en)).toBe('\u221256.8%');
    expect(formatStatistic(fall, 'zh', zh)).toBe('\u221256.8%');
    expect(formatStatistic(fall, 'zh', zh, { magnitude: true })).toBe('56.8%');
  });

  it('writes in characters on Chinese pages a figure the article writes so, and keeps digits in English', () => {
    const levels = { value: 4, unit: 'levels', qualifier: 'exact', writtenInCharacters: true } as const;
    expect(formatStatistic(levels, 'zh', zh)).toBe('四级');
    expect(formatStatistic({ ...levels, value: 2 }, 'zh', zh)).toBe('两级');
    expect(formatStatistic(levels, 'en', en)).toBe('4\u00a0levels');
    expect(formatStatistic({ ...levels, writtenInCharacters: false }, 'zh', zh)).toBe('4级');
  });

  it('makes English unit words agree with the number', () => {
    expect(formatStatistic({ value: 1, unit: 'people', qualifier: 'exact' }, 'en', en)).toBe('1\u00a0person');
    expect(formatStatistic({ value: 2, unit: 'people', qualifier: 'exact' }, 'en', en)).toBe('2\u00a0people');
    expect(formatStatistic({ value: 1, unit: 'leads', qualifier: 'exact' }, 'en', en)).toBe('1\u00a0lead');
    expect(formatStatistic({ value: 5.1, unit: 'per-10k-people', qualifier: 'exact' }, 'en', en)).toBe('5.1\u00a0per 10,000\u00a0people');
  });

  it('writes an anniversary as an ordinal in English', () => {
    const ordinal = (value: number) => formatStatistic({ value, unit: 'anniversary', qualifier: 'exact' }, 'en', en);
    expect([1, 2, 3, 11, 22, 70].map(ordinal)).toEqual(['1st', '2nd', '3rd', '11th', '22nd', '70th'].map((n) => `${n}\u00a0anniversary`));
    expect(formatStatistic({ value: 70, unit: 'anniversary', qualifier: 'exact' }, 'zh', zh)).toBe('70周年');
  });

  it("carries the article's measure words for what is counted (210余条 → 逾210条)", () => {
    const leads = { value: 210, unit: 'leads', qualifier: 'more-than' } as const;
    expect(formatStatistic(leads, 'zh', zh)).toBe('逾210条');
    expect(formatStatistic(leads, 'en', en)).toBe('more than 210\u00a0leads');
    expect(formatStatistic({ value: 1342, unit: 'communities-and-villages', qualifier: 'exact' }, 'zh', zh)).toBe('1342个社村');
    expect(formatStatistic({ value: 1342, unit: 'communities-and-villages', qualifier: 'exact' }, 'en', en)).toBe('1,342\u00a0communities and villages');
  });

  it('writes small whole numbers in words for running text, and keeps digits otherwise', () => {
    const years = { value: 3, unit: 'years', qualifier: 'exact' } as const;
    expect(formatStatistic(years, 'en', en, { words: true })).toBe('three\u00a0years');
    expect(formatStatistic(years, 'zh', zh, { words: true })).toBe('三年');
    expect(formatStatistic({ value: 2, unit: 'levels', qualifier: 'exact' }, 'zh', zh, { words: true })).toBe('两级');
    expect(formatStatistic({ value: 1, unit: 'years', qualifier: 'exact' }, 'en', en, { words: true })).toBe('one\u00a0year');
    expect(formatStatistic({ value: 20, unit: 'years', qualifier: 'exact' }, 'en', en, { words: true })).toBe('20\u00a0years');
  });

  it('writes counts of cases and people with their measure words', () => {
    expect(formatStatistic({ value: 110, unit: 'cases', qualifier: 'exact' }, 'zh', zh)).toBe('110件');
    expect(formatStatistic({ value: 293, unit: 'people', qualifier: 'exact' }, 'en', en)).toBe('293\u00a0people');
    expect(formatStatistic({ value: 5.1, unit: 'per-10k-people', qualifier: 'exact' }, 'zh', zh)).toBe('每万人5.1名');
  });
});

describe('statisticParts(stat, locale): the number apart from its qualifier and unit', () => {
  it('splits around the number in the reading order of each language, keeping % with it', () => {
    expect(statisticParts({ value: 6000, unit: 'people', qualifier: 'more-than' }, 'en', en)).toEqual({
      before: 'more than',
      number: '6,000',
      after: 'people',
    });
    expect(statisticParts({ value: 6000, unit: 'people', qualifier: 'more-than' }, 'zh', zh)).toEqual({ before: '逾', number: '6000', after: '人' });
    expect(statisticParts({ value: 95, unit: 'percent', qualifier: 'at-least' }, 'zh', zh)).toEqual({ before: '', number: '95%', after: '以上' });
    expect(statisticParts({ value: 95, unit: 'percent', qualifier: 'at-least' }, 'en', en)).toEqual({ before: 'at least', number: '95%', after: '' });
    expect(statisticParts({ value: 5.1, unit: 'per-10k-people', qualifier: 'exact' }, 'zh', zh)).toEqual({ before: '每万人', number: '5.1', after: '名' });
    expect(statisticParts({ value: 5.1, unit: 'per-10k-people', qualifier: 'exact' }, 'en', en)).toEqual({
      before: '',
      number: '5.1',
      after: 'per 10,000\u00a0people',
    });
    expect(statisticParts({ value: 6284.57, unit: 'wan-yuan', qualifier: 'exact' }, 'en', en)).toEqual({ before: '', number: '62,845,700', after: 'yuan' });
    expect(statisticParts({ value: 1, unit: 'people', qualifier: 'exact' }, 'en', en)).toEqual({ before: '', number: '1', after: 'person' });
    expect(statisticParts({ value: 70, unit: 'anniversary', qualifier: 'exact' }, 'en', en)).toEqual({ before: '', number: '70th', after: 'anniversary' });
  });

  it('takes the number exactly as formatStatistic writes it, sign included', () => {
    const stat = { value: -56.8, unit: 'percent', qualifier: 'exact' } as const;
    expect(statisticParts(stat, 'en', en)).toEqual({ before: '', number: '\u221256.8%', after: '' });
    expect(statisticParts(stat, 'en', en).number).toBe(formatStatistic(stat, 'en', en));
  });
});

describe('formatNumber(value, locale, { compact })', () => {
  it('uses 万 in Chinese and words in English for large axis values', () => {
    expect(formatNumber(10000, 'zh', { compact: true })).toBe('1万');
    expect(formatNumber(62845700, 'en', { compact: true })).toBe('62.85 million');
  });

  it('leaves small values as they are', () => {
    expect(formatNumber(1342, 'zh', { compact: true })).toBe('1342');
    expect(formatNumber(1342, 'en', { compact: true })).toBe('1,342');
  });
});

describe('formatPartialDate(date, locale)', () => {
  it('keeps the precision the source gives', () => {
    expect(formatPartialDate('2018', 'zh', zh)).toBe('2018年');
    expect(formatPartialDate('2019-01', 'en', en)).toBe('January 2019');
    expect(formatPartialDate('2019-01-08', 'zh', zh)).toBe('2019年1月8日');
    expect(formatPartialDate('2019-01-08', 'en', en)).toBe('8 January 2019');
  });

  it('reads an as-of month as its end', () => {
    expect(formatPartialDate('2019-01', 'zh', zh, { asOf: true })).toBe('2019年1月底');
    expect(formatPartialDate('2019-01', 'en', en, { asOf: true })).toBe('the end of January 2019');
  });
});

describe('formatPeriod(period, locale)', () => {
  it('describes years, as-of dates and targets', () => {
    expect(formatPeriod({ type: 'during', date: '2018' }, 'en', en)).toBe('in 2018');
    expect(formatPeriod({ type: 'as-of', date: '2019-01' }, 'zh', zh)).toBe('截至2019年1月底');
    expect(formatPeriod({ type: 'target', date: '2019' }, 'en', en)).toBe('target for 2019');
    expect(formatPeriod({ type: 'target' }, 'zh', zh)).toBe('目标');
    expect(formatPeriod({ type: 'undated' }, 'en', en)).toBe('');
  });
});

describe('keepTogether(text)', () => {
  it('keeps a date like 03-18 on one line and binds a number to the word after it', () => {
    expect(keepTogether('dated only “03-18”, signed on 8 January 2019')).toEqual([
      { text: 'dated only “', nowrap: false },
      { text: '03-18', nowrap: true },
      { text: '”, signed on 8\u00a0January 2019', nowrap: false },
    ]);
  });

  it('leaves other hyphens and text alone', () => {
    expect(keepTogether('GB/T 7714-2015, 1+2+N')).toEqual([{ text: 'GB/T 7714-2015, 1+2+N', nowrap: false }]);
    expect(keepTogether('只标注“03-18”')).toEqual([
      { text: '只标注“', nowrap: false },
      { text: '03-18', nowrap: true },
      { text: '”', nowrap: false },
    ]);
  });
});
