import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { datasetSchema, statisticSchema, type Dataset, type Statistic } from '../../../src/schemas';

/** The datasets and statistics as the schemas read them: what the built site must show. */
export function loadData(): { datasets: Dataset[]; statistics: Map<string, Statistic> } {
  const read = (file: string) => parse(readFileSync(`content/${file}`, 'utf8')) as unknown[];
  const statistics = read('statistics.yaml').map((raw) => statisticSchema.parse(raw));
  return {
    datasets: read('datasets.yaml').map((raw) => datasetSchema.parse(raw)),
    statistics: new Map(statistics.map((s) => [s.id, s])),
  };
}
