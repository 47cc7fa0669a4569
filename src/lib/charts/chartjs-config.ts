import type { ChartConfiguration, Plugin } from 'chart.js';
import { formatNumber } from '../format';
import type { ChartRow, ChartSpec } from './chart-spec';
import { wrapText, type Measure } from './wrap-text';

/** Colours read from the page's CSS at draw time, so charts follow the light or dark theme. */
export interface ChartColors {
  background: string;
  result: string;
  target: string;
  text: string;
  soft: string;
  grid: string;
}

/** The page's type, read from the figure's computed style: family and size in CSS pixels. */
export interface ChartFont {
  family: string;
  size: number;
}

export interface ChartTheme {
  colors: ChartColors;
  font: ChartFont;
}

/** One piece of text the chart draws, in CSS pixels of the canvas; the browser tests check these do not collide. */
export interface LabelBox {
  kind: 'category' | 'value' | 'target';
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The bar a category or value line belongs to (a wrapped label is several boxes). */
  bar?: number;
}

interface PlacedBar {
  row: ChartRow;
  /** The category label, wrapped to the width of the chart. */
  lines: string[];
  /** Its value as the table writes it, wrapped when it would leave the bars too little room on a narrow screen. */
  valueLines: string[];
  /** The bar's centre on the (hidden, linear) category axis, in pixels from the top of the plot. */
  y: number;
}

/** A bar: its value, and its place on the hidden category axis. */
export interface BarPoint {
  x: number;
  y: number;
}

/** Where everything goes at one canvas width: computed before Chart.js runs, so the canvas gets the height it needs. */
export interface ChartLayout {
  width: number;
  height: number;
  bars: PlacedBar[];
  targets: ChartRow[];
  /** Height of the plot (bars and their labels), in the units of the category axis (= pixels). */
  plotHeight: number;
  padding: { top: number; right: number; left: number };
  metrics: ReturnType<typeof metrics>;
}

/** Sizes derived from the page's font size, so the chart scales with the reader's text size. */
function metrics(size: number) {
  return {
    lineHeight: Math.round(size * 1.3),
    bar: Math.round(size * 1.6),
    labelGap: Math.round(size * 0.3),
    rowGap: Math.round(size * 1.25),
    valueGap: Math.round(size * 0.4),
    tickSize: Math.round(size * 0.9),
  };
}

/** A value-axis tick as the page writes numbers: `1,500` / `1500`, `50%`. */
export function tickLabel(spec: ChartSpec, value: number): string {
  return formatNumber(value, spec.locale, { compact: true }) + (spec.percent ? '%' : '');
}

export const canvasFont = (font: ChartFont, options: { size?: number; weight?: number } = {}) =>
  `${options.weight ?? 400} ${options.size ?? font.size}px ${font.family}`;

/**
 * Lays the chart out for a canvas `width` pixels wide: each category's label above its bar, wrapped to the
 * full width (so nothing is cut off, even at 320 px), room to the right of the longest bar for its value,
 * and a row above the plot for the label of each target line.
 */
export function layoutChart(spec: ChartSpec, width: number, font: ChartFont, measure: Measure): ChartLayout {
  const m = metrics(font.size);
  const labelFont = canvasFont(font);
  const valueFont = canvasFont(font, { weight: 700 });
  const results = spec.rows.filter((row) => row.role === 'result');
  const targets = spec.rows.filter((row) => row.role === 'target');
  // A value may take at most 40% of the width, so that a long unit ("1,342 communities and villages") wraps at
  // the bar's end instead of squeezing the bars to nothing on a phone.
  const valueWidth = Math.floor(width * 0.4) - m.valueGap - 2;
  const valueLines = new Map(results.map((row) => [row, measure(row.mark, valueFont) <= valueWidth ? [row.mark] : wrapText(row.mark, valueWidth, valueFont, measure)]));
  const valueRoom = (negative: boolean) =>
    Math.max(0, ...results.filter((row) => row.value < 0 === negative).flatMap((row) => valueLines.get(row)!.map((line) => Math.ceil(measure(line, valueFont)) + m.valueGap + 2)));
  const padding = { top: targets.length * (m.lineHeight + m.labelGap), right: valueRoom(false), left: valueRoom(true) };
  // Labels start where the plot does, which Chart.js moves right by half the first tick label ("0").
  const min = Math.min(0, ...spec.rows.map((row) => row.value));
  const plotLeft = padding.left + Math.ceil(measure(tickLabel(spec, min), canvasFont(font, { size: m.tickSize })) / 2) + 2;
  let y = 0;
  const bars = results.map((row, index) => {
    const lines = wrapText(row.label, width - plotLeft - 2, labelFont, measure);
    const values = valueLines.get(row)!;
    // A value on several lines reaches above and below its bar: keep it clear of the labels around it.
    const reach = Math.max(0, (values.length * m.lineHeight - m.bar) / 2);
    y += (index ? m.rowGap : 0) + lines.length * m.lineHeight + m.labelGap + reach + m.bar / 2;
    const placed = { row, lines, valueLines: values, y };
    y += m.bar / 2 + reach;
    return placed;
  });
  // Generous for the axis (ticks, their padding, Chart.js's own margin): a taller plot only spreads the rows apart.
  const axisHeight = Math.ceil(m.tickSize * 1.2) + 20;
  return { width, height: Math.ceil(padding.top + y + m.rowGap / 2 + axisHeight), bars, targets, plotHeight: y, padding, metrics: m };
}

/** Labels drawn by the chart's own plugin, recorded per chart for the browser tests (and nothing else). */
export const drawnLabels = new WeakMap<object, LabelBox[]>();

/**
 * Draws what Chart.js does not: each category's label above its bar, the value at the end of each bar
 * (the table's own wording), and each target as a dashed line labelled "Target: …" above the plot.
 */
function labelsPlugin(layout: ChartLayout, theme: ChartTheme): Plugin<'bar', BarPoint[]> {
  const { font, colors } = theme;
  const m = layout.metrics;
  return {
    id: 'safeQingdaoLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const boxes: LabelBox[] = [];
      const text = (kind: LabelBox['kind'], line: string, x: number, top: number, align: 'left' | 'right' | 'center', fontString: string, color: string) => {
        ctx.font = fontString;
        const width = ctx.measureText(line).width;
        const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
        // Grid and target lines stop short of the text instead of running through it.
        ctx.fillStyle = colors.background;
        ctx.fillRect(left - 2, top, width + 4, m.lineHeight);
        ctx.fillStyle = color;
        ctx.textAlign = align;
        ctx.textBaseline = 'middle';
        ctx.fillText(line, x, top + m.lineHeight / 2);
        boxes.push({ kind, text: line, left, top, width, height: m.lineHeight });
      };
      ctx.save();
      // Target lines first, so that the labels' backgrounds interrupt them rather than the other way round.
      const scale = chart.scales['x'];
      layout.targets.forEach((target, index) => {
        if (!scale) return;
        const x = Math.round(scale.getPixelForValue(target.value)) + 0.5;
        const line = (color: string, width: number, dash: number[]) => {
          ctx.strokeStyle = color;
          ctx.lineWidth = width;
          ctx.setLineDash(dash);
          ctx.beginPath();
          ctx.moveTo(x, chartArea.top - (layout.targets.length - index - 1) * (m.lineHeight + m.labelGap) - m.labelGap);
          ctx.lineTo(x, chartArea.bottom);
          ctx.stroke();
        };
        // A halo in the background colour keeps the line visible where it crosses a bar (orange on blue is 1.6:1).
        line(colors.background, 6, []);
        line(colors.target, 2, [6, 4]);
        ctx.setLineDash([]);
        ctx.font = canvasFont(font, { weight: 700 });
        const width = ctx.measureText(target.mark).width;
        // Centred on its line, but moved inwards where the line is near an edge of the canvas.
        const centre = Math.min(Math.max(x, width / 2 + 1), chart.width - width / 2 - 1);
        text('target', target.mark, centre, index * (m.lineHeight + m.labelGap), 'center', canvasFont(font, { weight: 700 }), colors.text);
      });
      const elements = chart.getDatasetMeta(0).data;
      layout.bars.forEach((bar, index) => {
        const element = elements[index];
        if (!element) return;
        const { x, y, height } = element.getProps(['x', 'y', 'height'], true) as { x: number; y: number; height: number };
        const top = y - height / 2 - m.labelGap - bar.lines.length * m.lineHeight;
        bar.lines.forEach((line, i) => text('category', line, chartArea.left, top + i * m.lineHeight, 'left', canvasFont(font), colors.text));
        const negative = bar.row.value < 0;
        const valueTop = y - (bar.valueLines.length * m.lineHeight) / 2;
        bar.valueLines.forEach((line, i) => {
          text('value', line, x + (negative ? -m.valueGap : m.valueGap), valueTop + i * m.lineHeight, negative ? 'right' : 'left', canvasFont(font, { weight: 700 }), colors.text);
          boxes[boxes.length - 1]!.bar = index;
        });
      });
      ctx.restore();
      drawnLabels.set(chart, boxes);
    },
  };
}

/**
 * Turns a chart spec and its layout into a Chart.js configuration: horizontal bars from zero (a bar's
 * length is its value), the category axis hidden because the plugin writes the labels above the bars,
 * and value ticks in the page's language and font. No DOM access, so it is unit-tested in Node.
 */
export function toChartJsConfig(spec: ChartSpec, layout: ChartLayout, theme: ChartTheme, options: { animate: boolean }): ChartConfiguration<'bar', BarPoint[]> {
  const { colors, font } = theme;
  const m = layout.metrics;
  const values = layout.bars.map((bar) => bar.row.value).concat(layout.targets.map((row) => row.value));
  const plotWidth = layout.width - layout.padding.left - layout.padding.right;
  return {
    type: 'bar',
    data: {
      datasets: [
        {
          data: layout.bars.map((bar) => ({ x: bar.row.value, y: bar.y })),
          backgroundColor: colors.result,
          borderWidth: 0,
          barThickness: m.bar,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      // The container gets the layout's height before drawing; a new width means a new layout (draw-chart.ts).
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 400 } : false,
      layout: { padding: { ...layout.padding, bottom: 0 } },
      font: { family: font.family, size: m.tickSize },
      scales: {
        // Pixels from the top of the plot: each bar sits where its wrapped label leaves room for it.
        y: { type: 'linear', display: false, reverse: true, min: 0, max: layout.plotHeight + m.rowGap / 2 },
        x: {
          type: 'linear',
          beginAtZero: true,
          min: Math.min(0, ...values),
          ...(spec.percent ? { max: 100 } : {}),
          border: { display: false },
          grid: { color: colors.grid, drawTicks: false },
          ticks: {
            color: colors.soft,
            padding: 6,
            maxRotation: 0,
            autoSkip: true,
            maxTicksLimit: Math.max(2, Math.floor(plotWidth / (m.tickSize * 5))),
            font: { family: font.family, size: m.tickSize },
            callback: (value: string | number) => tickLabel(spec, Number(value)),
          },
        },
      },
    },
    plugins: [labelsPlugin(layout, theme)],
  };
}
