import { describe, expect, it } from 'vitest';
import { sitePages } from './support/link-check';
import { dist, hasChromium, SUBPATH, subpathDist, useBuiltSite } from './support/site';
import { templatePages } from './support/templates';

// The site built with --site https://example.org --base /safe-qingdao/, served under that path only.
// Every link of every page of this build is checked in links.test.ts; here, one page per template runs in Chromium.
const t = useBuiltSite(SUBPATH.base, subpathDist);
const pages = templatePages();

describe.skipIf(!hasChromium)(`hosted under the sub-path ${SUBPATH.base}`, () => {
  it('has every page of the default build', () => {
    expect(sitePages(subpathDist)).toEqual(sitePages(dist));
  });

  it.each(pages)('%s loads every asset from inside the sub-path, with no error', async (path) => {
    const { page, requests, errors } = await t.open(path);
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // The 404 page is the one page expected to answer 404.
    expect(path === '/404.html' ? [] : errors).toEqual([]);
    const outside = requests.filter((url) => {
      const { origin, pathname } = new URL(url);
      return origin !== t.site.origin || !pathname.startsWith(SUBPATH.base);
    });
    expect(outside).toEqual([]);
  });

  it('finds results with search and links them inside the sub-path', async () => {
    const { page } = await t.open('/zh/overview/');
    await page.click('.search-open');
    await page.fill('#search-input', '枫桥');
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/safe-qingdao\/zh\//);
  });

  it('redirects a renamed page inside the sub-path', async () => {
    const { page } = await t.open('/en/method/');
    await page.waitForURL(/\/safe-qingdao\/en\/about\/$/);
  });

  it('serves the bilingual 404 page for an unknown address', async () => {
    const { page } = await t.open('/zh/nothing-here/');
    expect(await page.textContent('main')).toContain('Page not found');
    const home = await page.$$eval('main p a', (links) => links.map((a) => a.getAttribute('href')));
    expect(home).toEqual(['/safe-qingdao/zh/overview/', '/safe-qingdao/en/overview/']);
  });
});
