import { isLocale, type Locale } from './locales';

/**
 * The language of the page being rendered, read from the `[lang]` route parameter.
 * (`Astro.currentLocale` is not set inside the Container API used by component tests.)
 */
export function pageLocale(params: Record<string, string | undefined>): Locale {
  const { lang } = params;
  if (!isLocale(lang)) throw new Error(`Unknown page language "${String(lang)}"`);
  return lang;
}
