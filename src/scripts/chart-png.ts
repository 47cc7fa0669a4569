// The chart as a picture to save or share: the canvas the reader sees, framed like Our World in Data's
// downloads with the title, the unit, the key, the source line and the page's address, so the image
// still says what it shows and where it comes from when it travels alone. Loaded on the first click.
import { wrapText } from '../lib/charts/wrap-text';

function probeColor(element: Element, token: string): string {
  const probe = element.appendChild(document.createElement('span'));
  probe.hidden = true;
  probe.style.color = `var(${token})`;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** A PNG of `chart` with the figure's own words (title, unit, key, source line) and `url`, in the page's font and theme. */
export async function chartPng(chart: HTMLCanvasElement, figure: HTMLElement, url: string): Promise<Blob> {
  const style = getComputedStyle(figure);
  const family = style.fontFamily;
  const size = parseFloat(getComputedStyle(figure.querySelector('.description') ?? figure).fontSize);
  const scale = chart.width / chart.clientWidth;
  const pad = Math.round(size * 1.2);
  const width = chart.clientWidth + pad * 2;
  const text = (selector: string) => [...figure.querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '').filter(Boolean);
  const blocks: { lines: string[]; font: string; color: string }[] = [];
  const measureCanvas = document.createElement('canvas').getContext('2d')!;
  const measure = (line: string, font: string) => {
    measureCanvas.font = font;
    return measureCanvas.measureText(line).width;
  };
  const add = (lines: string[], weight: number, fontSize: number, token: string) => {
    const font = `${weight} ${fontSize}px ${family}`;
    blocks.push({ lines: lines.flatMap((line) => wrapText(line, width - pad * 2, font, measure)), font, color: probeColor(figure, token) });
  };
  add(text('.chart-title'), 700, Math.round(size * 1.25), '--fg');
  add(text('.chart-unit'), 400, size, '--fg-soft');
  const afterChart = blocks.length;
  add(text('.chart-key li'), 400, size, '--fg');
  add([...text('.chart-source'), url], 400, Math.round(size * 0.9), '--fg-soft');
  const lineHeight = (font: string) => Math.round(parseFloat(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? '14') * 1.4);
  const blockHeight = (block: (typeof blocks)[number]) => block.lines.length * lineHeight(block.font);
  const before = blocks.slice(0, afterChart).reduce((sum, b) => sum + blockHeight(b), 0);
  const after = blocks.slice(afterChart).reduce((sum, b) => sum + blockHeight(b), 0);
  const height = pad + before + pad / 2 + chart.clientHeight + pad / 2 + after + pad;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = probeColor(figure, '--bg');
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  let y = pad;
  blocks.forEach((block, index) => {
    if (index === afterChart) {
      y += pad / 2;
      ctx.drawImage(chart, pad, y, chart.clientWidth, chart.clientHeight);
      y += chart.clientHeight + pad / 2;
    }
    ctx.font = block.font;
    ctx.fillStyle = block.color;
    for (const line of block.lines) {
      ctx.fillText(line, pad, y);
      y += lineHeight(block.font);
    }
  });
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
