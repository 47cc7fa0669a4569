// Loads one page in Chromium (playwright-core) and tallies what it fetches: on first load without scrolling,
// and, for pages with charts, what scrolling to the charts fetches on top.
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS as PROJECT_FLAGS, launchChromium } from '../chromium.mjs';

export { CHROMIUM_PATH } from '../chromium.mjs';

// The resolver rule makes any host but 127.0.0.1 fail to resolve, so nothing can leave the machine even if a
// page asked for it (the request is still recorded).
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
export const CHROMIUM_FLAGS = [...PROJECT_FLAGS, OFFLINE];

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  // Lighthouse's mobile screen (Moto G Power), where a longer column pushes charts further down.
  mobile: { width: 412, height: 823 },
};

// A string only Chart.js contains: how the bench recognises chart code whatever the chunk is called.
const CHART_JS_FINGERPRINT = 'Check that a complete date adapter is provided';
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|$)/i;

export const launchBrowser = () => launchChromium([OFFLINE]);

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Which budget bucket a response belongs to. */
function kindOf(request, contentType) {
  const type = request.resourceType();
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || contentType.startsWith('text/css')) return 'css';
  if (type === 'script' || /javascript/.test(contentType)) return 'js';
  if (type === 'font' || FONT_FILE.test(request.url()) || contentType.startsWith('font/')) return 'font';
  // Favicons come as type "other" from the browser itself; any image on these pages is an icon.
  if (type === 'image' || contentType.startsWith('image/')) return 'icon';
  return 'other';
}

/** Records every finished request with its decoded size, gzip -9 size and bytes on the wire. */
function recordRequests(page, state) {
  const pending = [];
  const phaseOf = new WeakMap(); // a request belongs to the phase in which it started
  page.on('request', (request) => {
    phaseOf.set(request, state.phase);
    const url = new URL(request.url());
    if (!/^(https?|wss?):$/.test(url.protocol)) return; // data: and blob: never touch the network
    if (url.hostname !== '127.0.0.1') state.external.push(request.url());
    if (FONT_FILE.test(url.pathname) || request.resourceType() === 'font') state.fonts.push(request.url());
  });
  page.on('requestfinished', (request) => {
    const phase = phaseOf.get(request) ?? state.phase;
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const contentType = response.headers()['content-type'] ?? '';
        const body = response.status() >= 300 && response.status() < 400 ? Buffer.alloc(0) : await response.body().catch(() => Buffer.alloc(0));
        const sizes = await request.sizes();
        if (request.resourceType() === 'document' && phase === 'first' && !state.html) state.html = body.toString('utf8');
        state.requests.push({
          phase,
          url: request.url(),
          path: new URL(request.url()).pathname,
          kind: kindOf(request, contentType),
          status: response.status(),
          raw: body.length,
          gzip: body.length ? gzipSize(body) : 0,
          transfer: sizes.responseHeadersSize + sizes.responseBodySize,
          chartCode: body.includes(CHART_JS_FINGERPRINT),
        });
      })(),
    );
  });
  page.on('requestfailed', (request) => state.failed.push({ phase: state.phase, url: request.url(), error: request.failure()?.errorText }));
  page.on('console', (message) => {
    if (message.type() === 'error') state.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => state.consoleErrors.push(String(error)));
  return () => Promise.all(pending);
}

/** Waits until the network has been quiet for a while: lazy imports start after `load`. */
async function settle(page) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(300);
  await page.waitForLoadState('networkidle').catch(() => {});
}

/** Inline `<script>` and `<style>` text: part of the HTML's bytes, but JS and CSS all the same. */
function inlineCode(page) {
  return page.evaluate(() => ({
    js: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || s.type === 'module' || /javascript/.test(s.type))
      .map((s) => s.textContent ?? '')
      .join('\n'),
    css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'),
    icons: [...document.querySelectorAll('link[rel~="icon"]')].map((l) => l.href),
    // The head script sets it; a CSP that blocks that script leaves the page in its no-JS look.
    jsClass: document.documentElement.classList.contains('js'),
  }));
}

/** Browsers fetch the favicon outside the page (headless often not at all); the budget counts it anyway. */
async function declaredIcons(hrefs, requests) {
  const fetched = new Set(requests.map((r) => r.url));
  const icons = [];
  for (const href of hrefs.filter((h) => !fetched.has(h) && new URL(h).hostname === '127.0.0.1')) {
    const body = Buffer.from(await (await fetch(href)).arrayBuffer());
    icons.push({ phase: 'first', url: href, path: new URL(href).pathname, kind: 'icon', status: 200, raw: body.length, gzip: gzipSize(body), transfer: gzipSize(body), chartCode: false, declaredOnly: true });
  }
  return icons;
}

/** Sums requests of one phase by kind: `{ html: { raw, gzip }, …, total, requests, transfer }`. */
export function summarize(requests) {
  const sum = { html: null, css: null, js: null, icon: null, font: null, other: null };
  for (const key of Object.keys(sum)) sum[key] = { raw: 0, gzip: 0, count: 0 };
  for (const r of requests) {
    sum[r.kind].raw += r.raw;
    sum[r.kind].gzip += r.gzip;
    sum[r.kind].count += 1;
  }
  return {
    ...sum,
    total: { raw: requests.reduce((n, r) => n + r.raw, 0), gzip: requests.reduce((n, r) => n + r.gzip, 0) },
    requests: requests.filter((r) => !r.declaredOnly).length,
    transfer: requests.reduce((n, r) => n + r.transfer, 0),
  };
}

/** Scrolls each chart into view, as a reader would, and waits until every chart is drawn. */
async function scrollToCharts(page) {
  const count = await page.locator('chart-figure').count();
  for (let i = 0; i < count; i += 1) {
    await page.locator('chart-figure').nth(i).scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
  }
  const drawn = await page
    .waitForFunction(() => [...document.querySelectorAll('chart-figure')].every((f) => f.dataset.drawn === 'true'), null, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  await settle(page);
  return { count, drawn };
}

/** The page's `<main>` text, for the bare comparison page. */
function pageText(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('main h1')?.textContent?.trim() ?? '',
    main: document.querySelector('main')?.innerText ?? '',
  }));
}

/**
 * Measures `origin + path` in a fresh browser context (empty cache).
 * Returns per-request records, per-phase summaries, inline code sizes and what the budgets need to know.
 */
export async function measurePage(browser, origin, path, { viewport = 'desktop', charts = false, text = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
  const page = await context.newPage();
  const state = { phase: 'first', requests: [], failed: [], external: [], fonts: [], consoleErrors: [], html: '' };
  const drain = recordRequests(page, state);
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    await settle(page);
    await drain();
    const inline = await inlineCode(page);
    state.requests.push(...(await declaredIcons(inline.icons, state.requests)));
    const drawnBeforeScroll = await page.locator('chart-figure[data-drawn="true"]').count();

    let chartResult = null;
    if (charts) {
      state.phase = 'scroll';
      chartResult = { ...(await scrollToCharts(page)), drawnBeforeScroll };
      await drain();
    }
    const first = state.requests.filter((r) => r.phase === 'first');
    const scroll = state.requests.filter((r) => r.phase === 'scroll');
    return {
      path,
      viewport,
      first: summarize(first),
      scroll: charts ? summarize(scroll) : null,
      inline: {
        js: { raw: Buffer.byteLength(inline.js), gzip: inline.js ? gzipSize(Buffer.from(inline.js)) : 0 },
        css: { raw: Buffer.byteLength(inline.css), gzip: inline.css ? gzipSize(Buffer.from(inline.css)) : 0 },
      },
      charts: chartResult && {
        ...chartResult,
        chartCodeOnFirstLoad: first.filter((r) => r.chartCode).map((r) => r.path),
        chartCodeAfterScroll: scroll.filter((r) => r.chartCode).map((r) => r.path),
      },
      jsClass: inline.jsClass,
      external: state.external,
      fonts: state.fonts,
      failed: state.failed,
      consoleErrors: state.consoleErrors,
      requests: state.requests,
      html: state.html,
      text: text ? await pageText(page) : null,
    };
  } finally {
    await context.close();
  }
}
