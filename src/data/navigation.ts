import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { navigationPages, splitPageId } from '../lib/site-pages';

const cache = new Map<Locale, ReturnType<typeof load>>();

async function load(locale: Locale) {
  const pages = (await getCollection('pages')).map((entry) => ({ ...splitPageId(entry.id), ...entry.data }));
  return navigationPages(pages.filter((page) => page.locale === locale));
}

/**
 * The header navigation of one language, read once per build: every page renders it, so reading the
 * whole pages collection per page would make the build grow with the square of the page count.
 */
export function navigation(locale: Locale): ReturnType<typeof load> {
  if (!cache.has(locale)) cache.set(locale, load(locale));
  return cache.get(locale)!;
}
