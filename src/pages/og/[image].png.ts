import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { htmlLang, isLocale, locales } from '../../i18n/locales';
import { dictionaries, useTranslations } from '../../i18n/ui';
import { ogImagePath, type OgImageText } from '../../lib/og-image';
import { renderOgImage } from '../../lib/og-render';
import { splitPageId } from '../../lib/site-pages';

/** `/og/<lang>-<slug>.png` for every page and language, and `/og/site.png` (both languages) for the landing page. */
export const getStaticPaths = (async () => {
  const pages = (await getCollection('pages')).map((entry) => {
    const { locale, slug } = splitPageId(entry.id);
    if (!isLocale(locale)) throw new Error(`content/pages/${entry.id}: unknown language`);
    const t = useTranslations(locale);
    const text: OgImageText = { title: entry.data.title, siteName: t('site.title'), theme: t(`topic.${entry.data.theme}`), lang: htmlLang[locale] };
    return { image: ogImagePath({ locale, slug }), text };
  });
  const site: OgImageText = {
    title: locales.map((l) => dictionaries[l]['site.title']).join(' · '),
    siteName: dictionaries.zh['site.tagline'],
    lang: htmlLang.zh,
  };
  const images = [...pages, { image: ogImagePath('site'), text: site }];
  const all = images.map((i) => i.text);
  return images.map(({ image, text }) => ({ params: { image: image.replace(/^og\/|\.png$/g, '') }, props: { text, all } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.text, props.all)), { headers: { 'content-type': 'image/png' } });
