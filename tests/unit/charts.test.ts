import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { buildChartSpec } from '../../src/lib/charts/chart-spec';
import { toChartJsConfig } from '../../src/lib/charts/chartjs-config';
import type { Dataset, Statistic } from '../../src/schemas';

const stat = (id: string, value: number, type: Statistic['period']['type'] = 'as-of'): Statistic => ({
  id,
  value,
  unit: 'percent',
  qualifier: type === 'target' ? 'at-least' : 'exact',
  period: { type, ...(type === 'target' ? {} : { date: '2018' }) },
  label: { zh: `${id}中`, en: `${id} en` },
  counts: { zh: '计数', en: 'count' },
  quote: 'q',
  paragraph: 3,
});
const statistics = new Map([stat('result', 98.56, 'during'), stat('target', 96, 'target')].map((s) => [s.id, s]));
const dataset: Dataset = {
  id: 'satisfaction',
  title: { zh: '满意度', en: 'Satisfaction' },
  description: { zh: '说明', en: 'About' },
  kind: 'bar',
  statistics: ['result', 'target'],
  categoryAxis: { zh: '指标', en: 'Measure' },
  valueAxis: { zh: '满意度（%）', en: 'Satisfaction (%)' },
};
const colors = { result: '#00f', target: '#f80', text: '#111', grid: '#ccc' };

describe('buildChartSpec(dataset, statistics, locale)', () => {
  it('makes one row per statistic, in dataset order, with values, words and sources', () => {
    const spec = buildChartSpec(dataset, statistics, 'en', useTranslations('en'));
    expect(spec.rows).toEqual([
      { statistic: 'result', label: 'result en', value: 98.56, display: '98.56%', period: 'in 2018', paragraph: 3, role: 'result' },
      { statistic: 'target', label: 'target en', value: 96, display: 'at least 96%', period: 'target', paragraph: 3, role: 'target' },
    ]);
  });

  it('labels the chart in the page language', () => {
    const spec = buildChartSpec(dataset, statistics, 'zh', useTranslations('zh'));
    expect([spec.title, spec.valueAxis, spec.rows[1]?.display]).toEqual(['满意度', '满意度（%）', '96%以上']);
  });

  it('refuses a statistic that does not exist', () => {
    expect(() => buildChartSpec({ ...dataset, statistics: ['result', 'nope'] }, statistics, 'en', useTranslations('en'))).toThrow(/unknown statistic "nope"/);
  });
});

describe('toChartJsConfig(spec, colors)', () => {
  const spec = buildChartSpec(dataset, statistics, 'en', useTranslations('en'));

  it('plots exactly the spec values as one bar series starting at zero', () => {
    const config = toChartJsConfig(spec, colors, { animate: true });
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]?.data).toEqual([98.56, 96]);
    expect(config.data.labels).toEqual(['result en', 'target en']);
    expect(config.options?.scales?.['y']).toMatchObject({ beginAtZero: true });
  });

  it('colours targets differently from results', () => {
    expect(toChartJsConfig(spec, colors, { animate: true }).data.datasets[0]?.backgroundColor).toEqual(['#00f', '#f80']);
  });

  it('swaps the axes for horizontal bars and turns animation off on request', () => {
    const config = toChartJsConfig({ ...spec, horizontal: true }, colors, { animate: false });
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales?.['x']).toMatchObject({ beginAtZero: true });
    expect(config.options?.animation).toBe(false);
  });
});
