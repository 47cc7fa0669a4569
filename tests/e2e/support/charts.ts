import type { Locator } from 'playwright-core';

/** What `<chart-figure>` exposes once drawn (src/scripts/chart-figure.ts): its Chart.js instance, for the tests. */
export type ChartElement = HTMLElement & { drawn?: { chart?: unknown } };

/**
 * Brings a `<chart-figure>` near the screen, which makes it load Chart.js and draw, and waits until it has drawn.
 */
export async function scrollToChart(figure: Locator): Promise<void> {
  await figure.scrollIntoViewIfNeeded();
  await figure.page().waitForFunction((el) => Boolean((el as ChartElement).drawn?.chart), await figure.elementHandle(), { timeout: 10_000 });
}
