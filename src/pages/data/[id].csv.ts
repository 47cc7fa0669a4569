import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { datasetRecords, statisticRecord, toCsv } from '../../lib/data-export';

/** `/data/<dataset>.csv` for every dataset, and `/data/statistics.csv` with every figure of the article. */
export const getStaticPaths = (async () => {
  const statistics = (await getCollection('statistics')).map((entry) => entry.data);
  const byId = new Map(statistics.map((stat) => [stat.id, stat]));
  const datasets = (await getCollection('datasets')).map((entry) => entry.data);
  return [
    { params: { id: 'statistics' }, props: { records: statistics.map(statisticRecord) } },
    ...datasets.map((dataset) => ({ params: { id: dataset.id }, props: { records: datasetRecords(dataset, byId) } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(props.records as ReturnType<typeof statisticRecord>[]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
