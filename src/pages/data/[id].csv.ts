import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads } from '../../data/collections';
import { toCsv, type statisticRecord } from '../../lib/data-export';

/** `/data/<dataset>.csv` for every dataset, and `/data/statistics.csv` with every figure of the article. */
export const getStaticPaths = (async () => (await downloads()).map(({ id, records }) => ({ params: { id }, props: { records } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toCsv(props.records as ReturnType<typeof statisticRecord>[]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
