import type { Dataset, Statistic } from '../../../src/schemas';
import { readCollection } from '../../../src/integrations/read-content';

/** The datasets and statistics as the schemas read them: what the built site must show. */
export function loadData(): { datasets: Dataset[]; statistics: Map<string, Statistic> } {
  const statistics = readCollection(process.cwd(), 'statistics');
  return { datasets: readCollection(process.cwd(), 'datasets'), statistics: new Map(statistics.map((s) => [s.id, s])) };
}
