import { describe, expect, it } from 'vitest';
import { htmlLang, locales, otherLocale } from '../../src/i18n/locales';
import { dictionaries, useTranslations } from '../../src/i18n/ui';

describe('UI dictionaries', () => {
  it('have exactly the same keys in every language', () => {
    const [reference, ...others] = locales.map((l) => Object.keys(dictionaries[l]).sort());
    for (const keys of others) expect(keys).toEqual(reference);
  });

  it('have no empty strings', () => {
    for (const locale of locales) {
      const texts = Object.values(dictionaries[locale]).flatMap((entry) =>
        typeof entry === 'string' ? [entry] : Object.values(entry).filter((form) => typeof form === 'string'),
      );
      expect(texts.filter((text) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('useTranslations(locale)', () => {
  it('fills in placeholders', () => {
    expect(useTranslations('zh')('src.label', { n: 7 })).toBe('原文第7段');
    expect(useTranslations('en')('src.label', { n: 7 })).toBe('Source paragraph 7');
  });

  it('picks the English plural form by Intl.PluralRules, and writes the count as the language writes numbers', () => {
    expect(useTranslations('en')('search.count', { n: 1, q: 'x' })).toBe('1 page found for “x”.');
    expect(useTranslations('en')('search.count', { n: 0, q: 'x' })).toBe('0 pages found for “x”.');
    expect(useTranslations('en')('search.count', { n: 1200, q: 'x' })).toBe('1,200 pages found for “x”.');
    expect(useTranslations('zh')('search.count', { n: 1, q: 'x' })).toBe('找到1个与“x”相关的页面。');
  });

  it('leaves an unknown placeholder visible rather than printing "undefined"', () => {
    expect(useTranslations('en')('src.label')).toBe('Source paragraph {n}');
  });
});

describe('locales', () => {
  it('map each URL code to a BCP 47 tag and to the other language', () => {
    expect(htmlLang).toEqual({ zh: 'zh-CN', en: 'en' });
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });
});
