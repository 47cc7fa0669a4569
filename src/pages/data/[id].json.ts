import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads, sourceArticle } from '../../data/collections';

/** `/data/<dataset>.json` (the dataset's description and its figures) and `/data/statistics.json`. */
export const getStaticPaths = (async () =>
  (await downloads()).map(({ id, dataset, records }) => ({ params: { id }, props: { dataset, records } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const article = await sourceArticle();
  const { dataset, records } = props;
  const body = {
    ...(dataset ? { dataset: { id: dataset.id, title: dataset.title, description: dataset.description, unit: dataset.unit } } : {}),
    source: { headline: article.headline, dateAsGiven: article.dateAsGiven, inferredYear: article.inferredYear, note: article.yearNote },
    statistics: records,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
