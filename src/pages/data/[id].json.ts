import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { datasetRecords, statisticRecord } from '../../lib/data-export';

/** `/data/<dataset>.json` (the dataset's description and its figures) and `/data/statistics.json`. */
export const getStaticPaths = (async () => {
  const statistics = (await getCollection('statistics')).map((entry) => entry.data);
  const byId = new Map(statistics.map((stat) => [stat.id, stat]));
  const datasets = (await getCollection('datasets')).map((entry) => entry.data);
  return [
    { params: { id: 'statistics' }, props: { dataset: null, records: statistics.map(statisticRecord) } },
    ...datasets.map((dataset) => ({ params: { id: dataset.id }, props: { dataset, records: datasetRecords(dataset, byId) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const article = (await getEntry('source', 'article'))!.data;
  const { dataset, records } = props;
  const body = {
    ...(dataset ? { dataset: { id: dataset.id, title: dataset.title, description: dataset.description, kind: dataset.kind, categoryAxis: dataset.categoryAxis, valueAxis: dataset.valueAxis } } : {}),
    source: { headline: article.headline, dateAsGiven: article.dateAsGiven, inferredYear: article.inferredYear, note: article.yearNote },
    statistics: records,
  };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
