// Loaded only when a chart nears the viewport: the one module that imports Chart.js.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import type { ChartSpec } from '../lib/charts/chart-spec';
import { toChartJsConfig, type ChartColors } from '../lib/charts/chartjs-config';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * The theme's chart colours, resolved: the tokens are `light-dark()` pairs, which only a real colour
 * property resolves, so each is read through the computed colour of a hidden probe.
 */
function readColors(element: Element): ChartColors {
  const probe = element.appendChild(document.createElement('span'));
  probe.hidden = true;
  const resolve = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  const colors = { result: resolve('--chart-1'), target: resolve('--chart-2'), text: resolve('--fg'), grid: resolve('--border') };
  probe.remove();
  return colors;
}

/** Draws the chart and redraws it when the colour theme changes. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  let chart = new Chart(canvas, toChartJsConfig(spec, readColors(canvas.parentElement!), { animate }));
  const redraw = () => {
    chart.destroy();
    chart = new Chart(canvas, toChartJsConfig(spec, readColors(canvas.parentElement!), { animate: false }));
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
  document.addEventListener('themechange', redraw);
}
