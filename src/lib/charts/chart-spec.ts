import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import type { Dataset } from '../../schemas/dataset';
import type { Statistic } from '../../schemas/statistic';
import { formatPeriod, formatStatistic } from '../format';

/** One bar, and one row of the figure's table: the same object feeds both, so they cannot disagree. */
export interface ChartRow {
  statistic: string;
  label: string;
  value: number;
  /** The value as the page writes it, with unit and qualifier (`95%以上`, `more than 6,000`). */
  display: string;
  period: string;
  paragraph: number;
  /** Targets are drawn in the second colour so they are not read as results. */
  role: 'result' | 'target';
}

/** Everything the browser needs to draw a chart; plain JSON, serialised into the page. */
export interface ChartSpec {
  id: string;
  locale: Locale;
  horizontal: boolean;
  title: string;
  categoryAxis: string;
  valueAxis: string;
  rows: ChartRow[];
}

/** Builds the chart of `dataset` in `locale` from the statistics collection; throws on an unknown id. */
export function buildChartSpec(dataset: Dataset, statistics: ReadonlyMap<string, Statistic>, locale: Locale, t: Translate): ChartSpec {
  return {
    id: dataset.id,
    locale,
    horizontal: dataset.kind === 'bar-horizontal',
    title: dataset.title[locale],
    categoryAxis: dataset.categoryAxis[locale],
    valueAxis: dataset.valueAxis[locale],
    rows: dataset.statistics.map((id) => {
      const stat = statistics.get(id);
      if (!stat) throw new Error(`dataset "${dataset.id}": unknown statistic "${id}"`);
      return {
        statistic: id,
        label: stat.label[locale],
        value: stat.value,
        display: formatStatistic(stat, locale, t),
        period: formatPeriod(stat.period, locale, t),
        paragraph: stat.paragraph,
        role: stat.period.type === 'target' ? 'target' : 'result',
      };
    }),
  };
}
