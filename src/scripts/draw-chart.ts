// Loaded only when a chart nears the viewport: the one module that imports Chart.js.
import { BarController, BarElement, Chart, LinearScale } from 'chart.js';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { drawnLabels, layoutChart, toChartJsConfig, type BarPoint, type ChartTheme, type LabelBox } from '../lib/charts/chartjs-config';
import type { Measure } from '../lib/charts/wrap-text';

// No tooltip: every bar carries its value, and the table has the rest.
Chart.register(BarController, BarElement, LinearScale);

/**
 * The theme's colours and the page's type, resolved: the colour tokens are `light-dark()` pairs, which
 * only a real colour property resolves, so each is read through the computed colour of a hidden probe;
 * the font is the figure's own (the description's size, which the table and caption also use).
 */
function readTheme(figure: Element): ChartTheme {
  const probe = figure.appendChild(document.createElement('span'));
  probe.hidden = true;
  const resolve = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const colors = {
    background: resolve('--bg'),
    result: resolve('--chart-1'),
    target: resolve('--chart-2'),
    text: resolve('--fg'),
    soft: resolve('--fg-soft'),
    grid: resolve('--border'),
  };
  probe.remove();
  const style = getComputedStyle(figure.querySelector('.description') ?? figure);
  return { colors, font: { family: style.fontFamily, size: parseFloat(style.fontSize) } };
}

const measureContext = document.createElement('canvas').getContext('2d');
const measure: Measure = (text, font) => {
  if (!measureContext) return text.length * 16;
  measureContext.font = font;
  return measureContext.measureText(text).width;
};

/** A drawn chart: its Chart.js instance and the labels it wrote, for the PNG download and the tests. */
export interface DrawnChart {
  /** Undefined while the chart has never had a width (the table was showing). */
  readonly chart: Chart<'bar', BarPoint[]> | undefined;
  readonly labels: LabelBox[];
}

/** Draws the chart, lays it out again when its width changes, and redraws it when the colour theme changes. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): DrawnChart {
  const area = canvas.parentElement!;
  const figure = canvas.closest('figure') ?? area;
  let animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  let width = 0;
  let chart: Chart<'bar', BarPoint[]> | undefined;
  const draw = () => {
    // Hidden (the table is showing): lay out when the chart is shown and has a width again.
    if (!area.clientWidth) return;
    width = area.clientWidth;
    const theme = readTheme(figure);
    const layout = layoutChart(spec, width, theme.font, measure);
    area.style.height = `${layout.height}px`;
    chart?.destroy();
    chart = new Chart(canvas, toChartJsConfig(spec, layout, theme, { animate }));
    animate = false;
  };
  draw();
  new ResizeObserver(() => {
    if (area.clientWidth && area.clientWidth !== width) draw();
  }).observe(area);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', draw);
  document.addEventListener('themechange', draw);
  return {
    get chart() {
      return chart;
    },
    get labels() {
      return (chart && drawnLabels.get(chart)) ?? [];
    },
  };
}
