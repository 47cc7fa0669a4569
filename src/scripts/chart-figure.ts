import type { ChartSpec } from '../lib/charts/chart-spec';

/**
 * `<chart-figure>` enhances a server-rendered figure: a Chart / Table switch, and a chart drawn only
 * when the figure comes near the viewport (Chart.js is fetched then, never on pages without charts).
 */
class ChartFigure extends HTMLElement {
  connectedCallback() {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-view]')];
    for (const button of buttons) button.addEventListener('click', () => this.show(button.dataset.view === 'table' ? 'table' : 'chart'));
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

  private async draw() {
    const canvas = this.querySelector('canvas');
    if (!canvas || !this.dataset.spec) return;
    const { drawChart } = await import('./draw-chart');
    drawChart(canvas, JSON.parse(this.dataset.spec) as ChartSpec);
    this.dataset.drawn = 'true';
  }
}

customElements.define('chart-figure', ChartFigure);
