import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildDay, citationsOf, citePanelData } from '../../../data/citations';
import { citationFileBody, citationFiles, type CitationFile } from '../../../lib/cite/downloads';
import { splitPageId } from '../../../lib/site-pages';
import { pageLocale } from '../../../i18n/page-locale';

/** `/<lang>/<slug>/cite.json|.ris|.bib` (downloads) and `cite-panel.json` (what the cite panel fetches when opened). */
export const getStaticPaths = (async () =>
  (await getCollection('pages')).flatMap((entry) => {
    const { locale, slug } = splitPageId(entry.id);
    return [...citationFiles.map((f) => f.file), 'cite-panel.json'].map((file) => ({ params: { lang: locale, slug, file } }));
  })) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = pageLocale(params);
  const slug = params.slug ?? '';
  if (params.file === 'cite-panel.json') {
    return new Response(JSON.stringify(await citePanelData(locale, slug)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  }
  const file = citationFiles.find((f) => f.file === params.file)!;
  return new Response(citationFileBody(file.file as CitationFile, await citationsOf(locale, slug), buildDay), { headers: { 'content-type': file.type } });
};
