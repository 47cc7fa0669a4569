/** The site's languages, written once. Everything else (routes, switchers, hreflang) derives from this. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh';
/** The language of the source article (content/source/article.zh.txt); the other languages are translations. */
export const sourceLocale: Locale = 'zh';

/** BCP 47 tags for `<html lang>` and `hreflang`; URLs keep the short code (`/zh/`). */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Names of each language written in that language, for the language switch. */
export const languageName: Record<Locale, string> = { zh: '中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The site language of a page, from its `<html lang>` (for browser code). */
export function localeOfHtmlLang(tag: string): Locale {
  return locales.find((l) => htmlLang[l] === tag) ?? defaultLocale;
}

/** The other language of a two-language site (used by the language switch). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}
