import { locales, type Locale } from '../../i18n/locales';
import { withBase } from '../base-path';

/**
 * Chart embed pages live under one folder, `/embed/<lang>/<dataset>/`, so that one header rule can let
 * other sites frame them while every other page keeps `frame-ancestors 'none'`.
 */
export const EMBED_DIR = 'embed';

/** `/embed/en/anti-gang-cases/`, under the site base. */
export function embedPath(dataset: string, locale: Locale, base = '/'): string {
  return withBase(base, `${EMBED_DIR}/${locale}/${dataset}/`);
}

/** Whether an address (absolute, under any base) is an embed page: these stay out of the sitemap. */
export function isEmbedUrl(url: string): boolean {
  const path = new URL(url, 'https://x.invalid').pathname;
  return locales.some((locale) => new RegExp(`/${EMBED_DIR}/${locale}/[^/]+/$`).test(path));
}
