import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../format';
import type { ChartSpec } from './chart-spec';

/** Colours read from the page's CSS at draw time, so charts follow the light or dark theme. */
export interface ChartColors {
  result: string;
  target: string;
  text: string;
  grid: string;
}

/**
 * Turns a chart spec into a Chart.js bar configuration: values start at zero, one axis, one unit,
 * ticks and tooltips in the page's language. No DOM access, so it is unit-tested in Node.
 */
export function toChartJsConfig(spec: ChartSpec, colors: ChartColors, options: { animate: boolean }): ChartConfiguration<'bar'> {
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const axisTitle = (text: string) => ({ display: true, text, color: colors.text });
  return {
    type: 'bar',
    data: {
      labels: spec.rows.map((row) => row.label),
      datasets: [
        {
          label: spec.valueAxis,
          data: spec.rows.map((row) => row.value),
          backgroundColor: spec.rows.map((row) => colors[row.role]),
          borderWidth: 0,
          maxBarThickness: 72,
        },
      ],
    },
    options: {
      indexAxis: categoryAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 400 } : false,
      scales: {
        [valueAxis]: {
          beginAtZero: true,
          title: axisTitle(spec.valueAxis),
          ticks: { color: colors.text, callback: (value: string | number) => formatNumber(Number(value), spec.locale, { compact: true }) },
          grid: { color: colors.grid },
        },
        [categoryAxis]: { title: axisTitle(spec.categoryAxis), ticks: { color: colors.text }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = spec.rows[item.dataIndex];
              return row ? [row.display, row.period].filter(Boolean).join(' · ') : '';
            },
          },
        },
      },
    },
  };
}
