import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, sitePages } from './support/link-check';
import { dist, SUBPATH, subpathDist } from './support/site';

describe('every link and anchor of the built site resolves', () => {
  it('in the default build', () => {
    expect(brokenLinks(dist, '/', 'https://safe-qingdao.example.org')).toEqual([]);
  });

  it('in a build for a sub-path (npm run build -- --site … --base /safe-qingdao/)', () => {
    expect(existsSync(subpathDist), 'dist-subpath/ is missing: run npm test, which builds it').toBe(true);
    expect(brokenLinks(subpathDist, SUBPATH.base, SUBPATH.site)).toEqual([]);
  });

  it('covers every page listed in the sitemap, with both language alternates', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>https:\/\/safe-qingdao\.example\.org([^<]*)<\/loc>/g)].map((m) => m[1]);
    const pages = sitePages(dist);
    for (const path of listed) expect(pages, path).toContain(path);
    expect(listed).toEqual(expect.arrayContaining(['/zh/overview/', '/en/overview/', '/zh/source/', '/en/source/']));
    expect(sitemap).toContain('hreflang="en" href="https://safe-qingdao.example.org/en/overview/"');
    expect(sitemap).toContain('hreflang="zh-CN" href="https://safe-qingdao.example.org/zh/overview/"');
  });

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://safe-qingdao.example.org/sitemap-index.xml');
  });
});
