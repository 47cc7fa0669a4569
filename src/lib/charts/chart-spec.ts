import type { Locale } from '../../i18n/locales';
import type { Translate } from '../../i18n/ui';
import type { Dataset } from '../../schemas/dataset';
import type { Statistic } from '../../schemas/statistic';
import { formatPeriod, formatStatistic } from '../format';

/** One bar or target line, and one row of the figure's table: the same object feeds both, so they cannot disagree. */
export interface ChartRow {
  statistic: string;
  label: string;
  value: number;
  /** The value as the table writes it, with unit and qualifier (`95%以上`, `more than 6,000`). */
  display: string;
  /** What the chart writes at the bar or line: `display` for a result, `Target: at least 96%` for a target. */
  mark: string;
  period: string;
  paragraph: number;
  /** A result is drawn as a solid bar; a target (floor, aim) as a dashed reference line, never as a bar. */
  role: 'result' | 'target';
}

/** Everything the browser needs to draw a chart; plain JSON, serialised into the page. */
export interface ChartSpec {
  id: string;
  locale: Locale;
  title: string;
  /** The subtitle naming the one unit of the chart (`Unit: cases`). */
  unit: string;
  /** Percentages end at 100 so that a bar's length is its share of the whole. */
  percent: boolean;
  rows: ChartRow[];
}

/** Builds the chart of `dataset` in `locale` from the statistics collection; throws on an unknown id. */
export function buildChartSpec(dataset: Dataset, statistics: ReadonlyMap<string, Statistic>, locale: Locale, t: Translate): ChartSpec {
  const stats = dataset.statistics.map((id) => {
    const stat = statistics.get(id);
    if (!stat) throw new Error(`dataset "${dataset.id}": unknown statistic "${id}"`);
    return stat;
  });
  return {
    id: dataset.id,
    locale,
    title: dataset.title[locale],
    unit: t('chart.unit', { unit: dataset.unit[locale] }),
    percent: stats.every((stat) => stat.unit === 'percent' && stat.value >= 0 && stat.value <= 100),
    rows: stats.map((stat) => {
      const display = formatStatistic(stat, locale, t);
      const role = stat.period.type === 'target' ? 'target' : 'result';
      return {
        statistic: stat.id,
        label: stat.label[locale],
        value: stat.value,
        display,
        mark: role === 'target' ? t('chart.target', { v: display }) : display,
        period: formatPeriod(stat.period, locale, t),
        paragraph: stat.paragraph,
        role,
      };
    }),
  };
}

/** "Source: “headline”, paragraphs 1 and 15": the line under the chart, and in its PNG, naming where the figures are. */
export function chartSourceLine(spec: ChartSpec, headline: string, t: Translate): string {
  const paragraphs = [...new Set(spec.rows.map((row) => row.paragraph))].sort((a, b) => a - b);
  // Chinese lists paragraph numbers with 、 (第1、15段); English says "1 and 15".
  const list = spec.locale === 'zh' ? paragraphs.join('、') : new Intl.ListFormat('en', { type: 'conjunction' }).format(paragraphs.map(String));
  return t(paragraphs.length > 1 ? 'chart.sourceLines' : 'chart.sourceLine', { headline, paragraphs: list });
}
