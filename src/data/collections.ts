import { getCollection, getEntry } from 'astro:content';
import { datasetRecords, statisticRecord } from '../lib/data-export';
import { lastChanged } from '../lib/page-dates';
import type { Correction, SourceArticle, Statistic } from '../schemas';

// Collections read once per build and shared by every page: Astro copies an entry on each read, and
// the article and the statistics are read by every page (footer, metadata, figures, charts).
let article: Promise<SourceArticle> | undefined;
let statistics: Promise<ReadonlyMap<string, Statistic>> | undefined;
let corrections: Promise<readonly Correction[]> | undefined;

/** The source article with its translation and metadata. */
export function sourceArticle(): Promise<SourceArticle> {
  article ??= (async () => {
    const entry = await getEntry('source', 'article');
    if (!entry) throw new Error('content/source: the article entry is missing');
    return entry.data;
  })();
  return article;
}

/** Every statistic by id, in file order. */
export function statisticsById(): Promise<ReadonlyMap<string, Statistic>> {
  statistics ??= getCollection('statistics').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return statistics;
}

/**
 * Everything offered for download at /data/<id>.(csv|json): each dataset with its figures, and
 * `statistics` with every figure of the article. Both download routes list exactly these.
 */
export async function downloads() {
  const byId = await statisticsById();
  const datasets = (await getCollection('datasets')).map((entry) => entry.data);
  return [
    { id: 'statistics', dataset: null, records: [...byId.values()].map(statisticRecord) },
    ...datasets.map((dataset) => ({ id: dataset.id, dataset, records: datasetRecords(dataset, byId) })),
  ];
}

/** The logged corrections of one page (content/corrections.yaml), newest first; entries of one day by id, so the order never depends on the loader. */
export async function pageCorrections(slug: string): Promise<Correction[]> {
  corrections ??= getCollection('corrections').then((entries) =>
    entries.map((entry) => entry.data).sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id)),
  );
  return (await corrections).filter((c) => c.page === slug);
}

/** A page's first-published and last-changed dates (the later of its review and its latest correction). */
export async function pageDates(slug: string, data: { published: Date; reviewed: Date }): Promise<{ published: Date; modified: Date }> {
  return { published: data.published, modified: lastChanged(data.reviewed, await pageCorrections(slug)) };
}
