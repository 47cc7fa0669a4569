import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { redirectsSchema } from '../../src/schemas/redirects';
import { dist, hasChromium, SUBPATH, subpathDist, useBuiltSite } from './support/site';

// Old addresses keep working as a reader would use them: a cited link to a section of a renamed page lands
// on that section of the new page, with and without JavaScript, in both languages and under a sub-path.
const moved = redirectsSchema.parse(parse(readFileSync('content/redirects.yaml', 'utf8')));
const [oldSlug, newSlug] = Object.entries(moved.pages).find(([from]) => from === 'method')!;
const builds = [
  { name: 'root', base: '/', dir: dist, site: 'https://safe-qingdao.example.org' },
  { name: 'sub-path', base: SUBPATH.base, dir: subpathDist, site: SUBPATH.site },
];

describe.each(builds)('redirect pages ($name build)', ({ base, dir, site }) => {
  const t = useBuiltSite(base, dir);
  const html = (path: string) => readFileSync(join(dir, path, 'index.html'), 'utf8');

  it.each(['zh', 'en'])('/%s/method/ is a valid redirect page: language, refresh with a space, canonical, noindex', (locale) => {
    const page = html(`${locale}/${oldSlug}`);
    expect(page).toContain(`<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">`);
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${base}${locale}/${newSlug}/">`);
    expect(page).toContain(`<link rel="canonical" href="${site}${base}${locale}/${newSlug}/">`);
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it.skipIf(!hasChromium).each(['zh', 'en'])('/%s/method/#how-to-cite lands on the same section of the renamed page', async (locale) => {
    const { page, cspViolations } = await t.open(`/${locale}/${oldSlug}/#how-to-cite`);
    await page.waitForURL(new RegExp(`${base}${locale}/${newSlug}/#how-to-cite$`));
    await page.locator('#how-to-cite').waitFor();
    await expect.poll(() => page.evaluate(() => document.getElementById('how-to-cite')!.getBoundingClientRect().top)).toBeLessThan(200);
    expect(cspViolations).toEqual([]);
  });

  it.skipIf(!hasChromium).each(['zh', 'en'])('/%s/ leads to the overview', async (locale) => {
    const { page } = await t.open(`/${locale}/`);
    await page.waitForURL(new RegExp(`${base}${locale}/overview/$`));
  });

  it.skipIf(!hasChromium)('without JavaScript, the old address still reaches the new page (without the fragment)', async () => {
    const { page } = await t.open(`/en/${oldSlug}/#how-to-cite`, { javaScriptEnabled: false });
    await page.waitForURL(new RegExp(`${base}en/${newSlug}/$`));
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });
});
