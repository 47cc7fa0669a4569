import { getCollection, getEntry } from 'astro:content';
import type { SourceArticle, Statistic } from '../schemas';

// Collections read once per build and shared by every page: Astro copies an entry on each read, and
// the article and the statistics are read by every page (footer, metadata, figures, charts).
let article: Promise<SourceArticle> | undefined;
let statistics: Promise<ReadonlyMap<string, Statistic>> | undefined;

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
