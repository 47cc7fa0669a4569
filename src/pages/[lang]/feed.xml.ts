import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedFor } from '../../data/corrections';
import { locales } from '../../i18n/locales';
import { pageLocale } from '../../i18n/page-locale';

/** /<lang>/feed.xml: new pages and logged corrections in one language (RSS 2.0). */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => rss(await feedFor(pageLocale(params)));
