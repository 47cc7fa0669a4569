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
      expect(Object.entries(dictionaries[locale]).filter(([, text]) => text.trim() === '')).toEqual([]);
    }
  });
});

describe('useTranslations(locale)', () => {
  it('fills in placeholders', () => {
    expect(useTranslations('zh')('src.label', { n: 7 })).toBe('原文第7段');
    expect(useTranslations('en')('src.label', { n: 7 })).toBe('Source paragraph 7');
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
