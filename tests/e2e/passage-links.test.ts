import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, SUBPATH, subpathDist, useBuiltSite, type SiteUnderTest } from './support/site';
import { interfaceTextSelector } from '../../src/lib/repeated-controls';

// Passage links as a reader makes them: select text, press "Copy link to this passage", open the copied
// link in a fresh page. Chromium must find the text itself (its own text-fragment matching, not ours):
// the test paints ::target-text magenta and looks for it on the screen at the selected text.
const t = useBuiltSite();
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

/** Where a selection starts and how far it runs, in characters of the page body's text. */
interface Spot {
  /** The element the selection starts in (its text, leaving out links such as ¶ numbers, corrected marks and heading #). */
  start: string;
  /** Characters to skip from the start of that element's text. */
  offset?: number;
  /** Length of the selection in characters; it may run on into the next elements. */
  length?: number;
  /** Or: select this phrase, its `nth` occurrence in the body (0-based; -1 = the last). */
  phrase?: string;
  nth?: number;
}

/** Builds the range of a Spot in the page (the same in the page that copies and in the page that opens). */
function rangeOf(page: Page, spot: Spot) {
  return page.evaluate(
    ({ spot, interfaceTextSelector }) => {
      const body = document.querySelector('[data-pagefind-body]')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: [Text, number][] = [];
      let text = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement!.closest(interfaceTextSelector)) continue;
        nodes.push([node, text.length]);
        text += node.data;
      }
      let from: number;
      let length: number;
      if (spot.phrase) {
        const found: number[] = [];
        for (let at = text.indexOf(spot.phrase); at >= 0; at = text.indexOf(spot.phrase, at + 1)) found.push(at);
        from = found.at(spot.nth ?? 0)!;
        length = spot.phrase.length;
        (window as unknown as { occurrences: number }).occurrences = found.length;
      } else {
        const element = document.querySelector(spot.start)!;
        // Its text begins at its first word: not at the space before a corrected mark that follows the ¶ number.
        from = nodes.find(([node]) => element.contains(node) && node.data.trim() !== '')![1] + (spot.offset ?? 0);
        length = spot.length!;
      }
      const at = (offset: number): [Text, number] => {
        const [node, begins] = nodes.findLast(([, begins]) => begins <= offset)!;
        return [node, offset - begins];
      };
      const range = document.createRange();
      range.setStart(...at(from));
      range.setEnd(...at(from + length));
      (window as unknown as { spotRange: Range }).spotRange = range;
      return { text: range.toString(), occurrences: (window as unknown as { occurrences?: number }).occurrences };
    },
    { spot, interfaceTextSelector },
  );
}

/** Selects a Spot and copies its passage link through the page's own button. */
async function copyLink(path: string, spot: Spot, site: SiteUnderTest = t) {
  const { page } = await site.open(path, clipboard);
  const selected = await rangeOf(page, spot);
  await page.evaluate(() => {
    getSelection()!.removeAllRanges();
    getSelection()!.addRange((window as unknown as { spotRange: Range }).spotRange);
  });
  const button = page.locator('passage-link button');
  await button.waitFor({ state: 'visible' });
  await button.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(':~:text=');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  return { url, selected };
}

/** Magenta pixels of ::target-text at the first and at the last line of the Spot, on screen, in a fresh page. */
async function highlightAt(url: string, spot: Spot, site: SiteUnderTest = t) {
  const { page } = await site.open(url);
  // A constructed stylesheet: the page's CSP allows no inline <style> but its own, by hash.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('::target-text { background-color: rgb(255, 0, 255) !important; color: rgb(0, 0, 0) !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  await rangeOf(page, spot);
  const measure = async () => {
    const shot = (await page.screenshot()).toString('base64');
    return page.evaluate(async (shot) => {
      const rects = [...(window as unknown as { spotRange: Range }).spotRange.getClientRects()].filter((r) => r.width > 2 && r.height > 2);
      const image = new Image();
      image.src = `data:image/png;base64,${shot}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const magenta = (rect: DOMRect) => {
        const x = Math.max(0, Math.floor(rect.left));
        const y = Math.max(0, Math.floor(rect.top));
        const w = Math.min(image.width - x, Math.ceil(rect.width));
        const h = Math.min(image.height - y, Math.ceil(rect.height));
        if (w <= 0 || h <= 0) return 0; // off screen
        const { data } = context.getImageData(x, y, w, h);
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! > 200) count++;
        return count;
      };
      return { first: magenta(rects[0]!), last: magenta(rects.at(-1)!) };
    }, shot);
  };
  await expect.poll(async () => Math.min(...Object.values(await measure())), { timeout: 5000 }).toBeGreaterThan(20);
  return { notice: await page.locator('.passage-missing').isVisible() };
}

const cases: Record<'zh' | 'en', { name: string; path: string; spot: Spot; anchor: RegExp }[]> = {
  zh: [
    { name: 'a 10-character selection', path: '/zh/source/', spot: { start: '#p7', offset: 12, length: 10 }, anchor: /^p7(-\d+)?$/ },
    { name: 'an 80-character selection', path: '/zh/source/', spot: { start: '#p5', offset: 3, length: 80 }, anchor: /^p5(-\d+)?$/ },
    { name: 'a 300-character selection', path: '/zh/source/', spot: { start: '#p12', offset: 0, length: 300 }, anchor: /^p12(-\d+)?$/ },
    { name: 'the third "扫黑除恶" of the page', path: '/zh/risk-prevention/', spot: { start: '', phrase: '扫黑除恶', nth: 2 }, anchor: /./ },
    {
      name: 'a selection starting in a heading',
      path: '/zh/grassroots-governance/',
      spot: { start: '#innovating-social-governance', length: 20 },
      anchor: /^innovating-social-governance$/,
    },
    { name: 'a selection across two paragraphs', path: '/zh/source/', spot: { start: '#p10', offset: 8, length: 40 }, anchor: /^p10(-\d+)?$/ },
  ],
  en: [
    { name: 'a 10-character selection', path: '/en/source/', spot: { start: '#p7', offset: 40, length: 10 }, anchor: /^p7(-\d+)?$/ },
    { name: 'an 80-character selection', path: '/en/source/', spot: { start: '#p5', offset: 3, length: 80 }, anchor: /^p5(-\d+)?$/ },
    { name: 'a 300-character selection', path: '/en/source/', spot: { start: '#p12', offset: 0, length: 300 }, anchor: /^p12(-\d+)?$/ },
    {
      name: 'the second of four "Fengqiao experience" of the page',
      path: '/en/grassroots-governance/',
      spot: { start: '', phrase: 'Fengqiao experience', nth: 1 },
      anchor: /./,
    },
    {
      name: 'a selection starting in a heading',
      path: '/en/grassroots-governance/',
      spot: { start: '#innovating-social-governance', length: 60 },
      anchor: /^innovating-social-governance$/,
    },
    { name: 'a selection across two paragraphs', path: '/en/risk-prevention/', spot: { start: '.prose > p', offset: 20, length: 200 }, anchor: /./ },
  ],
};

describe.skipIf(!hasChromium)('passage links land on the selected text, highlighted, in a fresh page', () => {
  for (const locale of ['zh', 'en'] as const) {
    it.each(cases[locale])(`${locale}: $name`, async ({ path, spot, anchor }) => {
      const { url, selected } = await copyLink(path, spot);
      if (spot.phrase) expect(selected.occurrences).toBeGreaterThanOrEqual(3);
      const address = new URL(url);
      // The address the reader is on (here the test server), not the build's canonical host.
      expect(address.origin + address.pathname).toBe(t.site.url(path));
      const [fallback = ''] = decodeURIComponent(address.hash.slice(1)).split(':~:');
      expect(fallback).toMatch(anchor);
      expect(await highlightAt(url, spot)).toEqual({ notice: false });
    });
  }

  it.each(['zh', 'en'])('%s: a long selection becomes a textStart,textEnd range cut at word boundaries', async (locale) => {
    const spot = { start: '#p12', offset: 0, length: 300 };
    const { url, selected } = await copyLink(`/${locale}/source/`, spot);
    const directive = decodeURIComponent(url.split(':~:text=')[1]!);
    const [start, end] = directive.split(',').filter((part) => !part.endsWith('-') && !part.startsWith('-'));
    expect(end, directive).toBeTruthy();
    expect(selected.text.length).toBeGreaterThanOrEqual(300);
    // Both ends of the directive lie on word boundaries of the page text, as the page's own segmenter sees them
    // (the old generator cut 30 characters mid-word, which Chromium's matcher rejects).
    const { page } = await t.open(`/${locale}/source/`);
    const onBoundaries = await page.evaluate(
      ([start, end]) => {
        // innerText, not textContent: blocks (a ¶ number, a paragraph) are separate there, as for the matcher.
        const text = document.querySelector<HTMLElement>('[data-pagefind-body]')!.innerText.toLowerCase();
        const words = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
        const boundaries = new Set([...words.segment(text)].flatMap((s) => [s.index, s.index + s.segment.length]));
        const at = (part: string) => [...text.matchAll(new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index);
        return {
          start: at(start.toLowerCase()).some((i) => boundaries.has(i) && boundaries.has(i + start.length)),
          end: at(end.toLowerCase()).some((i) => boundaries.has(i) && boundaries.has(i + end.length)),
        };
      },
      [start!, end!] as const,
    );
    expect(onBoundaries, directive).toEqual({ start: true, end: true });
  });
});

// A host that serves the site under a sub-path: the copied link keeps it and lands the same way.
const sub = useBuiltSite(SUBPATH.base, subpathDist);
describe.skipIf(!hasChromium)(`passage links under the sub-path ${SUBPATH.base}`, () => {
  for (const locale of ['zh', 'en'] as const) {
    const atSubpath = cases[locale].filter((c) => /80-character|occurs|third|second of four/.test(c.name));
    it.each(atSubpath)(`${locale}: $name`, async ({ path, spot, anchor }) => {
      const { url } = await copyLink(path, spot, sub);
      const address = new URL(url);
      expect(address.origin + address.pathname).toBe(sub.site.url(path));
      expect(address.pathname.startsWith(SUBPATH.base)).toBe(true);
      expect(decodeURIComponent(address.hash.slice(1)).split(':~:')[0]).toMatch(anchor);
      expect(await highlightAt(url, spot, sub)).toEqual({ notice: false });
    });
  }
});

describe.skipIf(!hasChromium)('a passage link whose text has changed', () => {
  it.each([
    ['zh', '/zh/source/', 'p7', '这句话已经不在页面上了', '本页没有找到'],
    ['en', '/en/source/', 'p7', 'a sentence no longer on the page', 'was not found on the page'],
  ])('%s: lands on the fallback anchor and says the passage was not found', async (_locale, path, anchor, gone, says) => {
    const { page } = await t.open(`${path}#${anchor}:~:text=${encodeURIComponent(gone)}`);
    const notice = page.locator('.passage-missing');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain(says);
    // The note sits right before the anchored paragraph, both on screen.
    expect(await notice.evaluate((element) => element.nextElementSibling?.id)).toBe(anchor);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, anchor);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(300);
  });
});
