// Loaded only when a chart nears the viewport: the one module that imports Chart.js.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { toChartJsConfig, type ChartColors } from '../lib/charts/chartjs-config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

function readColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const value = (name: string) => style.getPropertyValue(name).trim();
  return { result: value('--chart-1'), target: value('--chart-2'), text: value('--fg'), grid: value('--border') };
}

/** Draws the chart and redraws it when the colour theme changes. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  let chart = new Chart(canvas, toChartJsConfig(spec, readColors(canvas), { animate }));
  const redraw = () => {
    chart.destroy();
    chart = new Chart(canvas, toChartJsConfig(spec, readColors(canvas), { animate: false }));
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  document.addEventListener('themechange', redraw);
}
