import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
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

export interface SiteUnderTest {
  site: Awaited<ReturnType<typeof serveStatic>>;
  browser: Browser;
  /**
   * A fresh page, watched from before it loads: every request it makes (`requests`), every HTTP error
   * (`errors`) and every Content-Security-Policy violation the browser reports (`cspViolations`).
   */
  open: (path: string, options?: BrowserContextOptions) => Promise<{ page: Page; requests: string[]; errors: string[]; cspViolations: string[] }>;
}

/** Serves dist/ and starts Chromium for the tests of one file; skipped cleanly when Chromium is absent. */
export function useBuiltSite(base = '/', dir = dist): SiteUnderTest {
  const ctx = {} as SiteUnderTest;
  beforeAll(async () => {
    if (!hasChromium) return;
    ctx.site = await serveStatic(dir, base);
    ctx.browser = await launchBrowser();
    ctx.open = async (path, options = {}) => {
      const context = await ctx.browser.newContext(options);
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const cspViolations: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      await page.goto(ctx.site.url(path));
      // The enhancement module is deferred; interact only once it has wired everything up.
      if (options.javaScriptEnabled !== false && (await page.locator('script[type="module"]').count())) {
        await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
      }
      return { page, requests, errors, cspViolations };
    };
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
  });
  return ctx;
}

export { hasChromium };
