import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from './support/link-check';
import { copyProject } from './support/project-copy';
import { hasChromium, useBuiltSite } from './support/site';

// Text that would run or break out if any place wrote content into HTML unescaped: a page title, a page
// description, a glossary explanation and a statistic label, each with its own number.
const hostile = (n: number) => `</script><script>alert(${n})</script><img src=x onerror=alert(${n})>`;
const PLANTS = { title: 101, description: 102, glossary: 103, statistic: 104 } as const;

const copy = copyProject('hostile-site-');
const dist = join(copy.root, 'dist');
let build: { status: number | null; output: string };
const html = (path: string) => readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');

type Element = DefaultTreeAdapterMap['element'];
/** Every element of a page as an HTML parser (the browser's algorithm, parse5) builds it. */
function elements(source: string): Element[] {
  const all: Element[] = [];
  const walk = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) all.push(child);
      if ('childNodes' in child) walk(child);
      if ('content' in child) walk(child.content);
    }
  };
  walk(parse(source));
  return all;
}
const text = (element: Element) => element.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

beforeAll(() => {
  copy.edit('content/pages/en/about.mdx', 'title: About and method', `title: "About ${hostile(PLANTS.title)}"`);
  copy.edit('content/pages/en/about.mdx', 'description: What this site is', `description: ${hostile(PLANTS.description)} What this site is`);
  copy.edit('content/glossary.yaml', 'en: "The subject of the article.', `en: "The subject ${hostile(PLANTS.glossary)} of the article.`);
  copy.edit('content/statistics.yaml', 'en: "Satisfaction with public order" }', `en: "Satisfaction ${hostile(PLANTS.statistic)}" }`);
  build = copy.build();
}, 300_000);
afterAll(() => copy.remove());

describe('hostile text in the content', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it('becomes no element of any built page, and leaves every JSON-LD block whole', () => {
    const planted = sitePages(dist).flatMap((path) =>
      elements(html(path)).flatMap((el) => {
        if (el.tagName === 'img' && attr(el, 'onerror') !== undefined) return [`${path}: <img onerror>`];
        if (el.tagName !== 'script') return [];
        if (attr(el, 'type') !== 'application/ld+json') return text(el).includes('alert(') ? [`${path}: <script>${text(el).slice(0, 40)}`] : [];
        try {
          JSON.parse(text(el));
          return [];
        } catch {
          return [`${path}: JSON-LD cut short: ${text(el).slice(-40)}`];
        }
      }),
    );
    expect(planted).toEqual([]);
    // The check reads the pages that show the planted text.
    expect(sitePages(dist).filter((path) => html(path).includes('alert(10')).length).toBeGreaterThanOrEqual(4);
  });

  it('is shown as text in the title, the meta tags and the JSON-LD of its page', () => {
    const page = html('/en/about/');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page)![1]!);
    expect(jsonLd).toMatchObject({ headline: `About ${hostile(PLANTS.title)}`, description: expect.stringContaining(hostile(PLANTS.description)) });
    const escaped = (n: number) => `&lt;/script&gt;&lt;script&gt;alert(${n})&lt;/script&gt;&lt;img src=x onerror=alert(${n})&gt;`;
    expect(page).toContain(`<title>About ${escaped(PLANTS.title)}`);
    for (const meta of ['og:title']) expect(page).toMatch(new RegExp(`(property|name)="${meta}" content="About (&lt;|<)/script`));
    expect(page).toMatch(/name="description" content="(&lt;|<)\/script(&gt;|>)(&lt;|<)script(&gt;|>)alert\(102\)/);
  });

  it('is shown as text where the glossary and the statistics are listed', () => {
    const escaped = (n: number) => `&lt;script&gt;alert(${n})`;
    expect(html('/en/glossary/')).toContain(escaped(PLANTS.glossary));
    expect(html('/en/data/')).toContain(escaped(PLANTS.statistic));
  });
});

// Served once the copy is built (hooks run in the order they are declared).
const t = useBuiltSite('/', dist);
describe.skipIf(!hasChromium)('hostile text in the browser', () => {
  it('runs nothing on the pages that show it, and search excerpts show it as text', async () => {
    const { page } = await t.open('/en/about/');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of ['/en/about/', '/en/glossary/', '/en/data/']) {
      await page.goto(t.site.url(path));
      expect(await page.locator('img[onerror]').count(), path).toBe(0);
    }
    await page.goto(t.site.url('/en/about/'));
    expect(await page.title()).toContain(hostile(PLANTS.title));
    await page.goto(t.site.url('/en/glossary/'));
    await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
    await page.click('.search-open');
    await page.fill('#search-input', 'onerror');
    await page.locator('.search-results li').first().waitFor();
    const results = await page.$$eval('.search-results li p', (ps) =>
      ps.map((p) => ({ text: p.textContent ?? '', elements: [...p.querySelectorAll('*')].map((e) => e.localName) })),
    );
    expect(results.some((r) => r.text.includes('onerror=alert('))).toBe(true);
    expect(results.flatMap((r) => r.elements).filter((name) => name !== 'mark')).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
