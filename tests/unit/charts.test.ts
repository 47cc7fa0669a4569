import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { buildChartSpec, chartSourceLine } from '../../src/lib/charts/chart-spec';
import { layoutChart, toChartJsConfig } from '../../src/lib/charts/chartjs-config';
import { embedPath, isEmbedUrl } from '../../src/lib/charts/embed';
import { wrapText, type Measure } from '../../src/lib/charts/wrap-text';
import { formatStatistic } from '../../src/lib/format';
import type { Dataset, Statistic } from '../../src/schemas';

const stat = (id: string, value: number, type: Statistic['period']['type'] = 'as-of', label = `${id} en`): Statistic => ({
  id,
  value,
  unit: 'percent',
  qualifier: type === 'target' ? 'at-least' : 'exact',
  period: { type, ...(type === 'target' ? {} : { date: '2018' }) },
  label: { zh: `${id}中`, en: label },
  counts: { zh: '计数', en: 'count' },
  quote: 'q',
  paragraph: type === 'target' ? 15 : 1,
});
const long = 'People approved for arrest in mafia-style and gang-related cases';
const statistics = new Map([stat('result', 98.56, 'during', long), stat('other', 40), stat('target', 96, 'target')].map((s) => [s.id, s]));
const dataset: Dataset = {
  id: 'satisfaction',
  title: { zh: '满意度', en: 'Satisfaction' },
  description: { zh: '说明', en: 'About' },
  statistics: ['result', 'other', 'target'],
  unit: { zh: '%', en: '%' },
};
const colors = { background: '#fff', result: '#00f', target: '#f80', text: '#111', soft: '#555', grid: '#ccc' };
const font = { family: 'system-ui', size: 14 };
/** A stand-in for canvas text measurement: 8 px per Latin character, 14 px per Chinese one, bold 10% wider. */
const measure: Measure = (text, f) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 14 : 8), 0) * (f.startsWith('700') ? 1.1 : 1);
const en = useTranslations('en');
const zh = useTranslations('zh');

describe('buildChartSpec(dataset, statistics, locale)', () => {
  const spec = buildChartSpec(dataset, statistics, 'en', en);

  it('makes one row per statistic, in dataset order, valued exactly as the table writes it', () => {
    expect(spec.rows.map((r) => [r.statistic, r.value, r.display, r.role])).toEqual([
      ['result', 98.56, formatStatistic(statistics.get('result')!, 'en', en), 'result'],
      ['other', 40, formatStatistic(statistics.get('other')!, 'en', en), 'result'],
      ['target', 96, formatStatistic(statistics.get('target')!, 'en', en), 'target'],
    ]);
  });

  it('marks a target as a target in its own words, and a result by its value alone', () => {
    expect(spec.rows.map((r) => r.mark)).toEqual([spec.rows[0]!.display, spec.rows[1]!.display, `Target: ${spec.rows[2]!.display}`]);
    expect(buildChartSpec(dataset, statistics, 'zh', zh).rows[2]?.mark).toBe(`目标：${formatStatistic(statistics.get('target')!, 'zh', zh)}`);
  });

  it('names the unit in the subtitle and ends percentages at 100', () => {
    expect([spec.unit, spec.percent]).toEqual(['Unit: %', true]);
    expect(buildChartSpec(dataset, statistics, 'zh', zh).unit).toBe('单位：%');
    const counts = new Map([...statistics].map(([id, s]) => [id, { ...s, unit: 'cases' as const, value: s.value * 10 }]));
    expect(buildChartSpec(dataset, counts, 'en', en).percent).toBe(false);
  });

  it('refuses a statistic that does not exist', () => {
    expect(() => buildChartSpec({ ...dataset, statistics: ['result', 'nope'] }, statistics, 'en', en)).toThrow(/unknown statistic "nope"/);
  });

  it('writes a source line naming each paragraph once', () => {
    expect(chartSourceLine(spec, 'Headline', en)).toBe('Source: “Headline”, paragraphs 1 and 15');
    expect(chartSourceLine(buildChartSpec(dataset, statistics, 'zh', zh), '标题', zh)).toBe('来源：《标题》第1、15段');
  });
});

describe('wrapText(text, width)', () => {
  it('breaks English only at spaces, every line within the width, losing nothing', () => {
    const lines = wrapText(long, 200, '400 14px x', measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line, '400 14px x')).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(long);
  });

  it('breaks Chinese between characters but keeps closing punctuation with the character before it', () => {
    const text = '建有公共法律服务站的街镇，社村（社区和村）';
    const lines = wrapText(text, 14 * 5, '400 14px x', measure);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^[，。）]/);
    for (const line of lines) expect(line).not.toMatch(/（$/);
  });

  it('splits a word longer than the line rather than letting it overflow', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 80, '400 14px x', measure);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(measure(line, '400 14px x')).toBeLessThanOrEqual(80);
  });

  it('keeps a short label on one line', () => {
    expect(wrapText('Satisfaction, 2018', 400, '400 14px x', measure)).toEqual(['Satisfaction, 2018']);
  });
});

describe('layoutChart(spec, width)', () => {
  const spec = buildChartSpec(dataset, statistics, 'en', en);

  it.each([254, 320, 700])('at %i px: bars for results only, each label wrapped within the width, above its bar', (width) => {
    const layout = layoutChart(spec, width, font, measure);
    expect(layout.bars.map((b) => b.row.statistic)).toEqual(['result', 'other']);
    expect(layout.targets.map((t) => t.statistic)).toEqual(['target']);
    for (const bar of layout.bars) for (const line of bar.lines) expect(measure(line, `400 14px ${font.family}`)).toBeLessThanOrEqual(width);
    const [first, second] = layout.bars;
    const m = layout.metrics;
    // The second label fits between the first bar and the second bar.
    expect(second!.y - first!.y).toBeGreaterThanOrEqual(m.bar + m.rowGap + second!.lines.length * m.lineHeight + m.labelGap);
    expect(first!.y - m.bar / 2 - first!.lines.length * m.lineHeight).toBeGreaterThanOrEqual(0);
  });

  it('wraps more at 320 px than at 1280 px, and grows taller instead of cutting text', () => {
    const narrow = layoutChart(spec, 320, font, measure);
    const wide = layoutChart(spec, 1280, font, measure);
    expect(narrow.bars[0]!.lines.length).toBeGreaterThan(wide.bars[0]!.lines.length);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('leaves room right of the bars for the widest value and above the plot for each target label', () => {
    const layout = layoutChart(spec, 320, font, measure);
    const widest = Math.max(...spec.rows.filter((r) => r.role === 'result').map((r) => measure(r.mark, `700 14px ${font.family}`)));
    expect(layout.padding.right).toBeGreaterThanOrEqual(widest);
    expect(layout.padding.top).toBeGreaterThanOrEqual(layout.metrics.lineHeight);
  });
});

describe('toChartJsConfig(spec, layout, theme)', () => {
  const spec = buildChartSpec(dataset, statistics, 'en', en);
  const layout = layoutChart(spec, 320, font, measure);
  const config = toChartJsConfig(spec, layout, { colors, font }, { animate: true });

  it('draws horizontal bars of the results only, never of a target', () => {
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]?.data.map((p) => p.x)).toEqual([98.56, 40]);
    expect(config.data.datasets[0]?.backgroundColor).toBe(colors.result);
  });

  it('starts the value axis at zero, ends a percentage at 100, and never rotates a tick', () => {
    expect(config.options?.scales?.['x']).toMatchObject({ beginAtZero: true, min: 0, max: 100, ticks: { maxRotation: 0 } });
    expect(config.options?.scales?.['y']).toMatchObject({ display: false });
  });

  it('sets its text in the page font and writes ticks in the page language', () => {
    const ticks = config.options?.scales?.['x']?.ticks as { font: { family: string }; callback: (v: number) => string };
    expect(ticks.font.family).toBe('system-ui');
    expect(ticks.callback(50)).toBe('50%');
    const counts = buildChartSpec(dataset, new Map([...statistics].map(([id, s]) => [id, { ...s, unit: 'cases' as const, value: s.value * 100 }])), 'en', en);
    const countTicks = toChartJsConfig(counts, layoutChart(counts, 320, font, measure), { colors, font }, { animate: false }).options?.scales?.['x']?.ticks as {
      callback: (v: number) => string;
    };
    expect(countTicks.callback(1500)).toBe('1,500');
  });

  it('draws the labels with its own plugin and turns animation off on request', () => {
    expect(config.plugins?.map((p) => p.id)).toEqual(['safeQingdaoLabels']);
    expect(toChartJsConfig(spec, layout, { colors, font }, { animate: false }).options?.animation).toBe(false);
  });
});

describe('embed addresses', () => {
  it('puts every embed page under one folder of the base, and recognises them for the sitemap', () => {
    expect(embedPath('anti-gang-cases', 'zh', '/safe-qingdao')).toBe('/safe-qingdao/embed/zh/anti-gang-cases/');
    expect(isEmbedUrl('https://example.org/safe-qingdao/embed/en/anti-gang-cases/')).toBe(true);
    expect(isEmbedUrl('https://example.org/en/data/')).toBe(false);
    expect(isEmbedUrl('https://example.org/en/embed/')).toBe(false);
  });
});
