import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { scrollToChart } from './support/charts';
import { loadData } from './support/content';
import { builtHtml, builtSlugs, hasChromium, useBuiltSite } from './support/site';
import type { LabelBox } from '../../src/lib/charts/chartjs-config';

// Every chart of the site, at phone to desktop widths, in both languages: no tick, category or value label
// may be cut off by the canvas, overlap another, or be rotated; labels say exactly what the table says.
const chartPages = builtSlugs().filter((slug) => builtHtml(`zh/${slug}`).includes('<chart-figure'));
const widths = [320, 375, 768, 1280];
const t = useBuiltSite();

/** A label drawn on the canvas: the chart's own (LabelBox) or a Chart.js tick (`tick-x`). */
interface Box extends Omit<LabelBox, 'kind'> {
  kind: string;
}

interface FigureReport {
  id: string;
  canvas: { width: number; height: number; overflowsFigure: boolean };
  boxes: Box[];
  rotated: string[];
  rows: { label: string; display: string; role: string }[];
}

/** Reads, in the page, every text box a chart drew: the scales' tick labels (from Chart.js) and the chart's own labels. */
function readCharts(): FigureReport[] {
  type Item = {
    label: string | string[];
    font: { string: string; lineHeight: number };
    textOffset: number;
    options: { rotation: number; textAlign: string; textBaseline: string; translation: [number, number] };
  };
  type Scale = { options: { display: boolean | string }; getLabelItems: () => Item[] };
  type Drawn = { chart: { width: number; height: number; canvas: HTMLCanvasElement; scales: Record<string, Scale> }; labels: Box[] };
  const ctx = document.createElement('canvas').getContext('2d')!;
  return [...document.querySelectorAll<HTMLElement & { drawn?: Drawn }>('chart-figure')].map((element) => {
    const { chart, labels } = element.drawn!;
    const boxes: Box[] = [...labels];
    const rotated: string[] = [];
    for (const [axis, scale] of Object.entries(chart.scales)) {
      if (scale.options.display === false) continue;
      for (const item of scale.getLabelItems()) {
        const lines = Array.isArray(item.label) ? item.label : [item.label];
        if (item.options.rotation) rotated.push(lines.join(' '));
        ctx.font = item.font.string;
        const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
        const [x, y] = item.options.translation;
        const left = item.options.textAlign === 'center' ? x - width / 2 : item.options.textAlign === 'right' ? x - width : x;
        const lh = item.font.lineHeight;
        const first = y + item.textOffset;
        const top = item.options.textBaseline === 'top' ? first : item.options.textBaseline === 'bottom' ? first - lh : first - lh / 2;
        boxes.push({ kind: `tick-${axis}`, text: lines.join(' '), left, top, width, height: lines.length * lh });
      }
    }
    const figure = element.closest('figure')!.getBoundingClientRect();
    const canvas = chart.canvas.getBoundingClientRect();
    return {
      id: element.closest('figure')!.id,
      canvas: { width: chart.width, height: chart.height, overflowsFigure: canvas.left < figure.left || canvas.right > figure.right + 0.5 },
      boxes,
      rotated,
      rows: [...element.querySelectorAll('tbody tr')].map((tr) => ({
        label: tr.querySelector('th')!.textContent!.trim(),
        display: tr.querySelector('td.num')!.textContent!.trim(),
        role: tr.getAttribute('data-role')!,
      })),
    };
  });
}

/** Problems of one drawn chart, in words a failing test can show. */
function problems(report: FigureReport, locale: string): string[] {
  const found: string[] = [];
  const { width, height } = report.canvas;
  if (report.canvas.overflowsFigure) found.push('canvas wider than its figure');
  for (const text of report.rotated) found.push(`rotated label "${text}"`);
  for (const b of report.boxes) {
    if (b.left < -0.5 || b.top < -0.5 || b.left + b.width > width + 0.5 || b.top + b.height > height + 0.5) {
      found.push(
        `${b.kind} "${b.text}" cut off: [${b.left.toFixed(1)}, ${b.top.toFixed(1)}, ${(b.left + b.width).toFixed(1)}, ${(b.top + b.height).toFixed(1)}] outside ${width}×${height}`,
      );
    }
  }
  // Boxes are line boxes (1.3 × the font size); glyphs sit inside them, so touching line boxes are fine.
  const inset = (b: Box) => ({ ...b, top: b.top + 1, height: b.height - 2 });
  report.boxes.map(inset).forEach((a, i, all) => {
    for (const b of all.slice(i + 1)) {
      const overlapX = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
      if (overlapX > 0.5 && overlapY > 0.5) found.push(`${a.kind} "${a.text}" overlaps ${b.kind} "${b.text}"`);
    }
  });
  // Every result has its whole label and its table value on the chart; every target its "Target: …" mark.
  const joiner = locale === 'zh' ? '' : ' ';
  const categories = report.boxes
    .filter((b) => b.kind === 'category')
    .map((b) => b.text)
    .join(joiner);
  // A value wrapped at its bar's end is one box per line: read each bar's lines together.
  const valueBoxes = report.boxes.filter((b) => b.kind === 'value');
  const values = [...new Set(valueBoxes.map((b) => b.bar))].map((bar) =>
    valueBoxes
      .filter((b) => b.bar === bar)
      .map((b) => b.text)
      .join(joiner),
  );
  const targets = report.boxes.filter((b) => b.kind === 'target').map((b) => b.text);
  const results = report.rows.filter((r) => r.role === 'result');
  if (categories !== results.map((r) => r.label).join(joiner)) found.push(`category labels read "${categories}"`);
  if (values.join(' | ') !== results.map((r) => r.display).join(' | ')) found.push(`value labels read "${values.join(' | ')}"`);
  const wanted = report.rows.filter((r) => r.role === 'target');
  if (targets.length !== wanted.length || !wanted.every((r, i) => targets[i]?.includes(r.display))) found.push(`target labels read "${targets.join(' | ')}"`);
  if (!report.boxes.some((b) => b.kind === 'tick-x')) found.push('no value-axis ticks');
  return found;
}

describe.skipIf(!hasChromium)('chart labels fit the screen', () => {
  it('covers every chart page, the data page with every dataset', () => {
    expect(chartPages).toEqual(expect.arrayContaining(['data', 'risk-prevention', 'grassroots-governance']));
    expect(builtHtml('en/data').match(/<chart-figure/g)).toHaveLength(loadData().datasets.length);
  });

  // The data page has every chart, so it is measured at every width; a theme page sets the same charts in the same
  // column, so it is measured at the narrowest width only, where labels are tightest.
  const cases = locales.flatMap((locale) =>
    chartPages.flatMap((slug) => (slug === 'data' ? widths : [Math.min(...widths)]).map((width) => [width, locale, slug] as const)),
  );
  it.each(cases)('at %i px, %s/%s: no label cut off, overlapping or rotated', async (width, locale, slug) => {
    const { page } = await t.open(`/${locale}/${slug}/`, { viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const figures = page.locator('chart-figure');
    const count = await figures.count();
    for (let i = 0; i < count; i++) await scrollToChart(figures.nth(i));
    const reports = await page.evaluate(readCharts);
    expect(reports).toHaveLength(count);
    const found = reports.flatMap((report) => problems(report, locale).map((p) => `${report.id}: ${p}`));
    expect(found).toEqual([]);
  });
});
