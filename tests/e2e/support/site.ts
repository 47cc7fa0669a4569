import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { hasChromium, launchBrowser } from './browser';
import { isRedirectPage } from './link-check';
import { serveStatic } from '../../../scripts/serve-static.mjs';

export const dist = join(process.cwd(), 'dist');
/** The same site built for a sub-path by scripts/test.mjs (`--site https://example.org --base /safe-qingdao/`). */
export const subpathDist = join(process.cwd(), 'dist-subpath');
export const SUBPATH = { site: 'https://example.org', base: '/safe-qingdao/' };

/** Slugs of the built content pages, e.g. `overview`, read from dist/zh/ (redirects of renamed pages left out). */
export function builtSlugs(locale = 'zh'): string[] {
  const dir = join(dist, locale);
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')) && !isRedirectPage(dist, `/${locale}/${name}/`));
}

export function builtHtml(path: string): string {
  return readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

export interface Opened {
  page: Page;
  /** Every request the page made, from before it loaded. */
  requests: string[];
  /** Every response with an HTTP error status. */
  errors: string[];
  /** Every Content-Security-Policy violation the browser reported. */
  cspViolations: string[];
}

export interface OpenOptions extends BrowserContextOptions {
  /** Runs in the page before any of its own scripts (Playwright's addInitScript), on this load only. */
  initScript?: () => void;
}

export interface SiteUnderTest {
  site: Awaited<ReturnType<typeof serveStatic>>;
  browser: Browser;
  /**
   * A page watched from before it loads `path` (a site path, or a whole address such as a copied link), as a
   * first visit: no stored data, no HTTP cache, no earlier history. Given back for reuse when the test ends.
   */
  open: (path: string, options?: OpenOptions) => Promise<Opened>;
}

/*
 * Pages are reused between the tests of a file, one browser context per set of options. A new context and page
 * cost Chromium about 1.8 s of CPU on these 2-core machines (a renderer process, its fonts), a navigation in a
 * page that exists about 0.5 s: reuse is what keeps `npm test` under three minutes. What would make a reused
 * page differ from a first visit is cleared when it is given back: storage and cookies of the site, the
 * clipboard, media emulation, init scripts, listeners; the HTTP cache is off, so every load fetches everything.
 */
let browser: Promise<Browser> | undefined;
let users = 0;

interface Pooled {
  page: Page;
  dispose: () => Promise<void>;
}

export function useBuiltSite(base = '/', dir = dist): SiteUnderTest {
  const ctx = {} as SiteUnderTest;
  const contexts = new Map<string, Promise<BrowserContext>>();
  const idle = new Map<string, Pooled[]>();

  async function freshPage(key: string, options: BrowserContextOptions): Promise<Page> {
    if (!contexts.has(key)) contexts.set(key, ctx.browser.newContext(options));
    const context = await contexts.get(key)!;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return page;
  }

  async function giveBack(key: string, pooled: Pooled, options: BrowserContextOptions) {
    const { page } = pooled;
    if (page.isClosed()) return;
    try {
      await pooled.dispose();
      const context = page.context();
      await context.clearCookies();
      if (options.permissions?.includes('clipboard-write')) await page.evaluate(() => navigator.clipboard.writeText('')).catch(() => {});
      await page.emulateMedia({ media: null });
      await page.goto('about:blank');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: ctx.site.origin, storageTypes: 'all' });
      await cdp.detach();
      idle.set(key, [...(idle.get(key) ?? []), pooled]);
    } catch {
      // A page that cannot be reset is not reused.
      await page.close().catch(() => {});
    }
  }

  beforeAll(async () => {
    if (!hasChromium) return;
    ctx.site = await serveStatic(dir, base);
    users++;
    browser ??= launchBrowser();
    ctx.browser = await browser;
    ctx.open = async (path, { initScript, ...options } = {}) => {
      const key = JSON.stringify(options);
      const reused = idle.get(key)?.pop();
      const page = reused?.page ?? (await freshPage(key, options));
      const opened: Opened = { page, requests: [], errors: [], cspViolations: [] };
      const onRequest = (request: { url(): string }) => opened.requests.push(request.url());
      const onResponse = (response: { status(): number; url(): string }) => {
        if (response.status() >= 400) opened.errors.push(`${response.status()} ${response.url()}`);
      };
      const onConsole = (message: { text(): string }) => {
        if (/Content Security Policy/i.test(message.text())) opened.cspViolations.push(message.text());
      };
      page.on('request', onRequest);
      page.on('response', onResponse);
      page.on('console', onConsole);
      const script = initScript ? await page.addInitScript(initScript) : undefined;
      const pooled: Pooled = {
        page,
        dispose: async () => {
          page.off('request', onRequest);
          page.off('response', onResponse);
          page.off('console', onConsole);
          page.removeAllListeners('dialog');
          await script?.dispose();
        },
      };
      try {
        onTestFinished(() => giveBack(key, pooled, options));
      } catch {
        // Opened outside a test (in a hook): the page stays with its caller and closes with the browser.
      }
      await page.goto(/^https?:/.test(path) ? path : ctx.site.url(path));
      // The enhancement module is deferred; interact only once it has wired everything up.
      if (options.javaScriptEnabled !== false && (await page.locator('script[type="module"]').count())) {
        await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
      }
      return opened;
    };
  });
  afterAll(async () => {
    await Promise.all([...contexts.values()].map(async (context) => (await context).close().catch(() => {})));
    if (--users === 0) {
      await (await browser)?.close();
      browser = undefined;
    }
    await ctx.site?.close();
  });
  return ctx;
}

export { hasChromium };
