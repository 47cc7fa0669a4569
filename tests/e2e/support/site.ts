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

/**
 * The section headings of a built page: each h2 or h3 with a copy link (SectionHeading.astro), not the headings of
 * list entries such as the glossary's. `inner` is the heading's HTML, copy link included.
 */
export function sectionHeadings(html: string): { id: string; inner: string }[] {
  return [...html.matchAll(/<h[23] id="([^"]+)">((?:(?!<\/h[23]>).)*?<a class="heading-link".*?)<\/h[23]>/gs)].map((m) => ({ id: m[1]!, inner: m[2]! }));
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
  /** Kept for the rest of the test file (closed when it ends) instead of given back when the test ends. */
  keep?: boolean;
}

export interface SiteUnderTest {
  site: Awaited<ReturnType<typeof serveStatic>>;
  /**
   * A page watched from before it loads `path` (a site path, or a whole address such as a copied link), as a
   * first visit: no stored data, nothing in the HTTP cache. Given back for reuse when the test ends.
   */
  open: (path: string, options?: OpenOptions) => Promise<Opened>;
}

/*
 * Pages are lent, not made, for each test: a new browser context and page cost Chromium about 1.8 s of CPU on
 * these 2-core machines (a renderer process, its fonts), a navigation in a page that exists about 0.4 s. One
 * browser per Vitest worker (the e2e project does not isolate its files), one context per kind of visitor
 * (JavaScript on or off, clipboard allowed or not), its pages lent to one test at a time. Screen size, colour
 * scheme and reduced motion are set on the page for each test. What would make a lent page differ from a first
 * visit is cleared when it comes back: the site's storage and cookies, the HTTP cache, print emulation, init
 * scripts and listeners, and the document itself (the page comes back blank); the clipboard is emptied when a
 * test that may read it opens its page.
 */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
let browser: Promise<Browser> | undefined;
/** The worker's Chromium, started by the first file that asks. */
const workerBrowser = () => (browser ??= launchBrowser());
const contexts = new Map<string, Promise<BrowserContext>>();
const idle = new Map<string, Pooled[]>();

interface Pooled {
  page: Page;
  dispose: () => Promise<void>;
}

/** What `open` sets on the page for each test. */
const PAGE_OPTIONS = ['viewport', 'colorScheme', 'reducedMotion'];
/** What cannot change on a page once it exists: the options its context is made with, and their defaults. */
const CONTEXT_DEFAULTS = { javaScriptEnabled: true, permissions: [] as string[], acceptDownloads: true };

function contextKey(options: BrowserContextOptions) {
  // Any other option would be silently ignored by a lent page: say so instead.
  const known = [...PAGE_OPTIONS, ...Object.keys(CONTEXT_DEFAULTS)];
  const unknown = Object.keys(options).filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`t.open() cannot set ${unknown.join(', ')}; it sets ${known.join(', ')}`);
  const { javaScriptEnabled, permissions, acceptDownloads } = { ...CONTEXT_DEFAULTS, ...options };
  return JSON.stringify({ javaScriptEnabled, permissions: [...permissions].sort(), acceptDownloads });
}

async function freshPage(key: string): Promise<Page> {
  if (!contexts.has(key)) contexts.set(key, (await workerBrowser()).newContext(JSON.parse(key) as BrowserContextOptions));
  const context = await contexts.get(key)!;
  return context.newPage();
}

async function giveBack(key: string, pooled: Pooled) {
  const { page } = pooled;
  if (page.isClosed()) return;
  try {
    await pooled.dispose();
    const context = page.context();
    await context.clearCookies();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const { origin } = new URL(page.url());
    if (origin.startsWith('http')) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await cdp.detach();
    // Blank, so nothing of the last test's document (timers, observers, a chart) runs on beside the next test.
    await page.goto('about:blank');
    idle.set(key, [...(idle.get(key) ?? []), pooled]);
  } catch {
    // A page that cannot be reset is not reused.
    await page.close().catch(() => {});
  }
}

export function useBuiltSite(base = '/', dir = dist): SiteUnderTest {
  const ctx = {} as SiteUnderTest;
  const kept: Page[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    ctx.site = await serveStatic(dir, base);
    await workerBrowser();
    ctx.open = async (path, { initScript, keep, ...options } = {}) => {
      const key = contextKey(options);
      const reused = idle.get(key)?.pop();
      const page = reused?.page ?? (await freshPage(key));
      await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
      await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference' });
      const opened: Opened = { page, requests: [], errors: [], cspViolations: [] };
      page.on('request', (request) => opened.requests.push(request.url()));
      page.on('response', (response) => {
        if (response.status() >= 400) opened.errors.push(`${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) opened.cspViolations.push(message.text());
      });
      const script = initScript ? await page.addInitScript(initScript) : undefined;
      const pooled: Pooled = {
        page,
        // Every listener goes, the test's own too (a dialog handler, say), not only the three above.
        dispose: async () => {
          page.removeAllListeners();
          await script?.dispose();
        },
      };
      if (keep) kept.push(page);
      else onTestFinished(() => giveBack(key, pooled));
      await page.goto(/^https?:/.test(path) ? path : ctx.site.url(path));
      // The enhancement module is deferred; interact only once it has wired everything up.
      if (options.javaScriptEnabled !== false && (await page.locator('script[type="module"]').count())) {
        await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
      }
      // The clipboard is the browser's, shared by every page: a test that reads it starts from an empty one.
      if (options.permissions?.includes('clipboard-write')) await page.evaluate(() => navigator.clipboard.writeText(''));
      return opened;
    };
  });
  afterAll(async () => {
    await Promise.all(kept.map((page) => page.close()));
    await ctx.site?.close();
  });
  return ctx;
}

export { hasChromium };
