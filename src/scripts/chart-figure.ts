import type { ChartSpec } from '../lib/charts/chart-spec';
import { announce, copyText } from './announce';
import type { DrawnChart } from './draw-chart';

/**
 * `<chart-figure>` enhances a server-rendered figure: a Chart / Table switch, a chart drawn only when the
 * figure comes near the viewport (Chart.js is fetched then, never on pages without charts), a PNG of the
 * chart made from its canvas on request, and an "Embed" button that copies an `<iframe>` snippet.
 */
class ChartFigure extends HTMLElement {
  /** The drawn chart (Chart.js instance and label boxes), once drawn; the browser tests read it. */
  drawn: DrawnChart | undefined;
  private drawing: Promise<DrawnChart | undefined> | undefined;

  connectedCallback() {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-view]')];
    for (const button of buttons) button.addEventListener('click', () => this.show(button.dataset.view === 'table' ? 'table' : 'chart'));
    const figure = this.closest('figure');
    const png = figure?.querySelector<HTMLButtonElement>('button[data-png]');
    const embed = figure?.querySelector<HTMLButtonElement>('button[data-embed]');
    png?.addEventListener('click', () => void this.downloadPng(png));
    embed?.addEventListener('click', () => void this.copyEmbed(embed));
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void this.draw();
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(this);
  }

  private show(view: 'chart' | 'table') {
    this.dataset.view = view;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    }
  }

  private draw(): Promise<DrawnChart | undefined> {
    this.drawing ??= (async () => {
      const canvas = this.querySelector('canvas');
      if (!canvas || !this.dataset.spec) return undefined;
      const { drawChart } = await import('./draw-chart');
      this.drawn = drawChart(canvas, JSON.parse(this.dataset.spec) as ChartSpec);
      this.dataset.drawn = 'true';
      return this.drawn;
    })();
    return this.drawing;
  }

  /** The PNG is made from the chart as the reader sees it, with the title, source and this page's address drawn in. */
  private async downloadPng(button: HTMLButtonElement) {
    this.show('chart');
    const drawn = await this.draw();
    const figure = this.closest('figure');
    // Shown just now: the chart is laid out once its box has a width (a resize observer, after the next frame).
    for (let frame = 0; !drawn?.chart && frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const chart = drawn?.chart;
    if (!chart || !figure) return;
    const { chartPng } = await import('./chart-png');
    const blob = await chartPng(chart.canvas, figure, location.href);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${figure.id.replace(/^chart-/, '')}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    announce(button.dataset.doneLabel ?? '', button);
  }

  private async copyEmbed(button: HTMLButtonElement) {
    const src = new URL(button.dataset.embed ?? '', location.href).href;
    const title = this.closest('figure')?.querySelector('.chart-title')?.textContent ?? '';
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const snippet = `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${button.dataset.height ?? 600}" style="border:0" loading="lazy"></iframe>`;
    if (await copyText(snippet)) announce(button.dataset.doneLabel ?? snippet, button);
    else announce(snippet, button);
  }
}

customElements.define('chart-figure', ChartFigure);
