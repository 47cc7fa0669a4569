import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSlugs, hasChromium, useBuiltSite } from './support/site';

const t = useBuiltSite();
const phone = { viewport: { width: 375, height: 812 } };
const desktop = { viewport: { width: 1280, height: 900 } };
const locales = ['zh', 'en'] as const;
/** One page of every template: overview, a theme page, data, source, glossary, timeline, about. */
const templates = ['overview', 'grassroots-governance', 'data', 'source', 'glossary', 'timeline', 'about'];
const pages = locales.flatMap((l) => templates.map((slug) => `/${l}/${slug}/`));

describe.skipIf(!hasChromium)('text first on a phone (375×812)', () => {
  it('covers every built page type', () => {
    expect(builtSlugs('zh')).toEqual(expect.arrayContaining(templates));
  });

  it.each(pages)('%s: the first paragraph of body text starts on the first screen, under a one-row header', async (path) => {
    const { page } = await t.open(path, phone);
    const layout = await page.evaluate(() => {
      const rect = (el: Element | null) => el!.getBoundingClientRect();
      const title = rect(document.querySelector('.site-title'));
      const tools = [...document.querySelectorAll('.site-header .tools :is(button, a)')].filter((el) => (el as HTMLElement).checkVisibility()).map(rect);
      return {
        firstText: rect(document.querySelector('.prose p')).top,
        toolsCount: tools.length,
        // One row: every header button sits on the title's row, inside the screen.
        oneRow: tools.every((b) => b.top < title.bottom && b.bottom > title.top && b.right <= innerWidth),
        sizes: [...new Set(tools.map((b) => `${Math.round(b.height)}:${getComputedStyle(document.querySelector('.site-header .tools')!).fontSize}`))],
        fontSizes: [...new Set([...document.querySelectorAll('.site-header .tools :is(button, a)')].map((el) => getComputedStyle(el).fontSize))],
        navHeight: rect(document.querySelector('.site-header nav')).height,
        tocOpen: (document.querySelector('details.toc') as HTMLDetailsElement | null)?.open ?? null,
        tocSummary: document.querySelector('details.toc summary')?.textContent ?? null,
      };
    });
    expect(layout.firstText).toBeGreaterThan(0);
    expect(layout.firstText).toBeLessThan(812);
    expect(layout.toolsCount).toBe(3);
    expect(layout.oneRow).toBe(true);
    expect(layout.sizes).toHaveLength(1);
    expect(layout.fontSizes).toHaveLength(1);
    // The navigation is one line that scrolls sideways, not a block of wrapped rows.
    expect(layout.navHeight).toBeLessThan(48);
    expect(layout.tocOpen).toBe(false);
    expect(layout.tocSummary).toMatch(path.startsWith('/zh/') ? /^本页目录 · \d+$/ : /^On this page · \d+$/);
  });

  it('reaches every page of the scrolling navigation by keyboard, scrolling it into view', async () => {
    const { page } = await t.open('/en/overview/', phone);
    const last = page.locator('.site-header nav a').last();
    expect(await last.evaluate((a) => a.getBoundingClientRect().right > innerWidth)).toBe(true);
    await last.focus();
    expect(await last.evaluate((a) => a.getBoundingClientRect().right <= innerWidth)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/about\/$/);
  });

  it('counts the sections in the closed contents and opens them on demand, also without JavaScript', async () => {
    const { page } = await t.open('/zh/overview/', { ...phone, javaScriptEnabled: false });
    const summary = page.locator('details.toc summary');
    const count = await page.locator('details.toc li').count();
    expect(await summary.textContent()).toBe(`本页目录 · ${count}`);
    expect(await page.locator('details.toc li a').first().isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.toc li a').first().isVisible()).toBe(true);
  });
});

describe.skipIf(!hasChromium)('contents beside the text from 60rem', () => {
  it.each([true, false])('stand open and sticky at 1280 px (JavaScript %s)', async (javaScriptEnabled) => {
    const { page } = await t.open('/en/grassroots-governance/', { ...desktop, javaScriptEnabled });
    const firstLink = page.locator('details.toc li a').first();
    expect(await firstLink.isVisible()).toBe(true);
    if (javaScriptEnabled) expect(await page.locator('details.toc').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const beside = await page.evaluate(() => {
      const toc = document.querySelector('details.toc')!.getBoundingClientRect();
      const text = document.querySelector('.prose')!.getBoundingClientRect();
      return toc.left >= text.right;
    });
    expect(beside).toBe(true);
    await page.evaluate(() => scrollTo(0, 3000));
    expect(await firstLink.evaluate((a) => a.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });
});

describe.skipIf(!hasChromium)('theme toggle', () => {
  it.each([
    ['/zh/overview/', '深色模式', '关', '开'],
    ['/en/overview/', 'Dark theme', 'off', 'on'],
  ])('%s says and exposes its state', async (path, name, off, on) => {
    const { page } = await t.open(path, { ...desktop, colorScheme: 'light' });
    const toggle = page.getByRole('button', { name, exact: true });
    const state = () => toggle.evaluate((b) => [b.getAttribute('aria-pressed'), (b as HTMLElement).innerText.replace(/\s+/g, ' ').trim()]);
    expect(await state()).toEqual(['false', `${name} ${off}`]);
    await toggle.click();
    expect(await state()).toEqual(['true', `${name} ${on}`]);
  });
});

/** Every ¶ mark in the text and where it sits relative to the character before it. */
function markPositions(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    return [...main.querySelectorAll<HTMLElement>('a.src')]
      .filter((mark) => mark.checkVisibility())
      .map((mark) => {
        // The last visible character before the mark in reading order (not the word joiner inside it).
        const first = texts.findIndex((node) => mark.contains(node));
        let previous: DOMRect | null = null;
        for (let i = first - 1; i >= 0 && !previous; i--) {
          const node = texts[i]!;
          const end = node.data.replace(/[\s\u2060]+$/u, '').length;
          if (end === 0 || !node.parentElement?.checkVisibility()) continue;
          const range = document.createRange();
          range.setStart(node, end - 1);
          range.setEnd(node, end);
          previous = range.getBoundingClientRect();
        }
        const box = mark.getBoundingClientRect();
        return {
          text: mark.textContent,
          box: { top: box.top, bottom: box.bottom, left: box.left, width: box.width },
          previous: previous && { bottom: previous.bottom, right: previous.right },
        };
      });
  });
}

describe.skipIf(!hasChromium)('quiet source marks at 375 px', () => {
  it.each(['/zh/overview/', '/en/overview/', '/zh/grassroots-governance/', '/en/risk-prevention/', '/zh/glossary/', '/en/timeline/', '/en/data/'])(
    '%s: no ¶ mark starts a line',
    async (path) => {
      const { page } = await t.open(path, phone);
      const marks = await markPositions(page);
      expect(marks.length).toBeGreaterThan(3);
      const wrapped = marks.filter((m) => m.previous && (m.box.top >= m.previous.bottom - 2 || m.box.left < m.previous.right - 1));
      expect(wrapped).toEqual([]);
    },
  );

  it('binds the mark to the character before it with a word joiner, no space between', async () => {
    const { page } = await t.open('/zh/overview/', phone);
    const starts = await page.$$eval('main a.src', (marks) => marks.map((m) => [m.textContent!.charAt(0), /\s$/.test(m.previousSibling?.textContent ?? '')]));
    expect(new Set(starts.map(([c]) => c))).toEqual(new Set(['\u2060']));
    expect(starts.filter(([, space]) => space)).toEqual([]);
  });

  it('offers a 24×24 px target around each mark without widening the text, subdued until hover', async () => {
    const { page } = await t.open('/zh/overview/', phone);
    const marks = page.locator('.prose a.src');
    const count = await marks.count();
    let measured = 0;
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      const result = await mark.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        const isMark = (n: Node | null | undefined) => n instanceof Element && n.matches('a.src');
        // Marks side by side (two paragraphs cited) share the space between them, as WCAG's spacing rule allows.
        if (isMark(el.previousSibling) || isMark(el.nextSibling)) return null;
        const cx = box.left + box.width / 2;
        const cy = box.top + box.height / 2;
        const hits = [
          [-11.5, -11.5],
          [11.5, -11.5],
          [-11.5, 11.5],
          [11.5, 11.5],
        ].map(([dx, dy]) => document.elementFromPoint(cx + dx!, cy + dy!)?.closest('a.src') === el);
        const glyphs = document.createRange();
        glyphs.selectNodeContents(el);
        return { widening: box.width - glyphs.getBoundingClientRect().width, hits };
      });
      if (!result) continue;
      measured++;
      expect(result.widening).toBeLessThan(0.5);
      expect(result.hits).toEqual([true, true, true, true]);
    }
    expect(measured).toBeGreaterThan(5);
    const mark = marks.first();
    const color = () => mark.evaluate((el) => getComputedStyle(el).color);
    const quiet = await color();
    const link = await page
      .locator('.site-footer a')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(quiet).not.toBe(link);
    await mark.hover();
    expect(await color()).toBe(link);
  });
});

describe.skipIf(!hasChromium)('section headings', () => {
  it('show their copy link ("#") on hover and on keyboard focus, not before', async () => {
    const { page } = await t.open('/en/about/', desktop);
    const heading = page.locator('h2#how-to-cite');
    const link = heading.locator('a.heading-link');
    const opacity = () => link.evaluate((a) => getComputedStyle(a).opacity);
    expect(await opacity()).toBe('0');
    await heading.hover();
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    expect(await opacity()).toBe('0');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await opacity()).toBe('1');
  });
});

describe.skipIf(!hasChromium)('print', () => {
  it.each([
    // Chinese runs straight on into the URL and the date (no space between Chinese and Latin, 打印日期：): the
    // site's zhlint rules for its own Chinese (README › Typography), which the UI strings are linted by.
    [
      '/zh/grassroots-governance/',
      /^文中“¶n”指原文第n段；原文全文及英文译文见https:\/\/safe-qingdao\.example\.org\/zh\/source\/$/,
      /^打印自https:\/\/safe-qingdao\.example\.org\/zh\/grassroots-governance\/，打印日期：\d{4}-\d{2}-\d{2}$/,
    ],
    [
      '/en/data/',
      /^¶n in the text refers to paragraph n of the source article; the full article, with a translation, is at https:\/\/safe-qingdao\.example\.org\/en\/source\/$/,
      /^Printed from https:\/\/safe-qingdao\.example\.org\/en\/data\/ on \d{4}-\d{2}-\d{2}$/,
    ],
  ])('%s prints no heading ids, buttons or downloads; says under the title where ¶n leads; keeps the footer line', async (path, note, footer) => {
    const { page } = await t.open(path, desktop);
    const visible = (selector: string) => page.$$eval(selector, (els) => els.filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));
    expect(await visible('.print-note')).toEqual([]);
    expect((await visible('main button')).length).toBeGreaterThan(0);
    expect((await visible('a[download]')).length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await visible('button')).toEqual([]);
    expect(await visible('a[download]')).toEqual([]);
    expect(await visible('.heading-link')).toEqual([]);
    // No id in the printed headings' text either (it used to be appended with ::after).
    const headings = await page.$$eval('main :is(h2, h3)[id]', (hs) =>
      hs.map((h) => [(h as HTMLElement).innerText, h.id, getComputedStyle(h, '::after').content]),
    );
    expect(headings.length).toBeGreaterThan(3);
    for (const [text, id, after] of headings) {
      expect(text).not.toContain(`#${id}`);
      expect(after).toBe('none');
    }
    expect(await page.$$eval('main p', (ps) => ps.filter((p) => /^(Download|下载)/.test((p as HTMLElement).innerText) && p.checkVisibility()).length)).toBe(0);
    const lines = await page.evaluate(() => {
      const noteEl = document.querySelector<HTMLElement>('.print-note')!;
      return {
        note: noteEl.innerText,
        underTitle:
          noteEl.getBoundingClientRect().top > document.querySelector('h1')!.getBoundingClientRect().bottom &&
          noteEl.getBoundingClientRect().top < document.querySelector('.prose')!.getBoundingClientRect().top,
        footer: document.querySelector<HTMLElement>('.site-footer .print-only')!.innerText,
      };
    });
    expect(lines.note).toMatch(note);
    expect(lines.underTitle).toBe(true);
    expect(lines.footer).toMatch(footer);
  });
});

describe.skipIf(!hasChromium)('the source article as a parallel text', () => {
  it.each(locales)('/%s/source/ at 1280 px: every sentence has its counterpart, and paragraph rows align side by side', async (locale) => {
    const { page } = await t.open(`/${locale}/source/`, desktop);
    const result = await page.evaluate((own) => {
      const rows = [...document.querySelectorAll<HTMLElement>('.source-article .paragraph')];
      const problems: string[] = [];
      let sentences = 0;
      for (const row of rows) {
        const [first, second] = [...row.querySelectorAll<HTMLElement>('p.text')];
        const number = row.querySelector<HTMLElement>('a.number')!;
        const [a, b, n] = [first!, second!, number].map((el) => el.getBoundingClientRect());
        if (first!.lang !== (own === 'zh' ? 'zh-CN' : 'en')) problems.push(`${row.id}: the page's language is not first`);
        if (Math.abs(a!.top - b!.top) > 1 || !(a!.right <= n!.left && n!.right <= b!.left)) problems.push(`${row.id}: not one row with ¶ between`);
        if (getComputedStyle(first!).fontSize !== getComputedStyle(second!).fontSize) problems.push(`${row.id}: sizes differ`);
        for (const s of first!.querySelectorAll<HTMLElement>('[data-sentence]')) {
          sentences++;
          const id = s.dataset['sentence']!;
          const counterpart = second!.querySelectorAll(`[data-sentence="${id}"]`);
          if (s.id !== id || !id.startsWith(`${row.id}-`)) problems.push(`${id}: anchor missing`);
          if (counterpart.length !== 1 || !counterpart[0]!.textContent!.trim()) problems.push(`${id}: no counterpart`);
        }
        if (second!.querySelectorAll('[data-sentence]').length !== first!.querySelectorAll('[data-sentence]').length)
          problems.push(`${row.id}: sentence counts differ`);
      }
      return { rows: rows.length, sentences, problems };
    }, locale);
    expect(result.rows).toBe(22);
    expect(result.sentences).toBeGreaterThan(30);
    expect(result.problems).toEqual([]);
  });

  it.each(locales)('/%s/source/ on a phone: stacked, the page language first', async (locale) => {
    const { page } = await t.open(`/${locale}/source/#p7`, phone);
    const stacked = await page.$eval('#p7', (row) => {
      const [a, b] = [...row.querySelectorAll<HTMLElement>('p.text')];
      return { firstLang: a!.lang, below: b!.getBoundingClientRect().top >= a!.getBoundingClientRect().bottom };
    });
    expect(stacked).toEqual({ firstLang: locale === 'zh' ? 'zh-CN' : 'en', below: true });
  });

  it('lands on a sentence by its anchor in both languages, with its counterpart highlighted; #p7 still lands on the paragraph', async () => {
    for (const locale of locales) {
      const { page } = await t.open(`/${locale}/source/#p7-2`, desktop);
      const landed = await page.evaluate(() => ({
        target: document.querySelector(':target')?.id,
        top: Math.round(document.getElementById('p7-2')!.getBoundingClientRect().top),
        paired: [...document.querySelectorAll('.paired')].map((el) => [el.closest('p')!.lang, (el as HTMLElement).dataset['sentence']]),
      }));
      expect(landed.target).toBe('p7-2');
      expect(landed.top).toBeLessThan(100);
      expect(landed.paired).toEqual(
        expect.arrayContaining([
          ['zh-CN', 'p7-2'],
          ['en', 'p7-2'],
        ]),
      );
      await page.goto(t.site.url(`/${locale}/source/#p7`));
      expect(await page.evaluate(() => document.querySelector(':target')?.className)).toContain('paragraph');
    }
  });

  it('highlights the counterpart of the sentence pointed at or tapped, and only that one', async () => {
    const { page } = await t.open('/en/source/', desktop);
    const paired = () => page.$$eval('.paired', (els) => els.map((el) => `${el.closest('p')!.lang}:${(el as HTMLElement).dataset['sentence']}`));
    await page.locator('#p12-2').hover();
    expect(await paired()).toEqual(['en:p12-2', 'zh-CN:p12-2']);
    const background = await page.$eval('.original [data-sentence="p12-2"]', (el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.locator('.original [data-sentence="p14-1"]').click();
    await page.mouse.move(0, 0);
    expect(await paired()).toEqual(['en:p14-1', 'zh-CN:p14-1']);
  });

  it("lists the article's own sub-headings in the contents", async () => {
    const { page } = await t.open('/zh/source/', desktop);
    const links = await page.$$eval('details.toc li a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links.length).toBeGreaterThan(2);
    expect(links).toEqual(
      expect.arrayContaining([
        ['#p4', '强化风险防控,努力打造全国最安全城市'],
        ['#p9', '深化基层治理 搭建安定和谐生活环境'],
      ]),
    );
  });
});

describe.skipIf(!hasChromium)('figure cards and the statistics table', () => {
  it('sets the number large and qualifier and unit small on lines of their own, four cards as 2 + 2', async () => {
    const { page } = await t.open('/en/grassroots-governance/', desktop);
    const cards = await page.$$eval('.stat-cards:has(> :nth-child(4):last-child) > .stat-card', (els) =>
      els.map((card) => {
        const [number, ...words] = [card.querySelector('.number')!, ...card.querySelectorAll('.value .words')].map((el) => ({
          size: parseFloat(getComputedStyle(el).fontSize),
          top: Math.round(el.getBoundingClientRect().top),
          text: (el as HTMLElement).innerText.trim(),
        }));
        const box = card.getBoundingClientRect();
        return { number, words, top: Math.round(box.top), width: Math.round(box.width) };
      }),
    );
    expect(cards).toHaveLength(4);
    const workers = cards.find((c) => c.number!.text === '6,000')!;
    expect(workers.words.map((w) => w.text)).toEqual(['more than', 'people']);
    for (const w of workers.words) {
      expect(w.size).toBeLessThan(workers.number!.size / 1.5);
      expect(w.top).not.toBe(workers.number!.top);
    }
    // Two rows of two equal cards: no card alone on a row.
    expect(new Set(cards.map((c) => c.top)).size).toBe(2);
    expect(new Set(cards.map((c) => c.width)).size).toBe(1);
  });

  it('on English pages gives the translated source sentence first, labelled, then the Chinese original', async () => {
    const { page } = await t.open('/en/grassroots-governance/', desktop);
    const quotes = await page.$eval('[data-stat="legal-service-workers"]', (card) =>
      [...card.querySelectorAll('.quote')].map((q) => [q.textContent!.replace(/\u2060/g, ''), q.querySelector('q')!.lang]),
    );
    expect(quotes[0]![0]).toMatch(/^Translation of the source sentence¶14: At present, the city has more than 6,000 legal service workers/);
    expect(quotes[0]![1]).toBe('en');
    expect(quotes[1]).toEqual(['Chinese original: 目前,全市共有法律服务工作者6000余人', 'zh-CN']);
  });

  it('uses the full page width for the statistics table at 1280 px, and makes each row a card below 40rem', async () => {
    const wide = await t.open('/zh/data/', desktop);
    const widths = await wide.page.evaluate(() => ({
      table: document.querySelector('table.statistics')!.getBoundingClientRect().width,
      text: document.querySelector('.prose > p')!.getBoundingClientRect().width,
      quote: document.querySelector('table.statistics tbody td:last-child')!.getBoundingClientRect().width,
    }));
    expect(widths.table).toBeGreaterThan(widths.text + 200);
    expect(widths.quote).toBeGreaterThan(300);
    const { page } = await t.open('/en/data/', phone);
    const rows = await page.$$eval('table.statistics tbody tr', (trs) =>
      trs.slice(0, 3).map((tr) => ({
        display: getComputedStyle(tr).display,
        width: tr.getBoundingClientRect().width,
        label: getComputedStyle(tr.querySelector('td')!, '::before').content,
      })),
    );
    for (const row of rows) expect(row).toMatchObject({ display: 'block', label: '"Value: "' });
    expect(rows[0]!.width).toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  });
});

describe.skipIf(!hasChromium)('glossary index and 404 page', () => {
  it.each([
    ['/en/glossary/', 'A', 'F', 'fengqiao-experience'],
    ['/zh/glossary/', 'P', 'F', 'fengqiao-experience'],
  ])('%s opens with an index whose letters and terms lead to the entries', async (path, firstLetter, letter, id) => {
    const { page } = await t.open(path, desktop);
    const letters = await page.$$eval('.glossary-index .letters a', (as) => as.map((a) => a.textContent));
    expect(letters).toEqual([...letters].sort((a, b) => (a === '0–9' ? -1 : b === '0–9' ? 1 : a!.localeCompare(b!))));
    expect(letters).toContain(firstLetter);
    await page.click(`.glossary-index .letters a:text-is("${letter}")`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe(letter);
    const entries = await page.locator('.glossary .entry').count();
    expect(await page.locator('.glossary-index dd a').count()).toBe(entries);
    await page.click(`.glossary-index dd a[href="#${id}"]`);
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
  });

  it('404: each language lists the site pages, and search opens', async () => {
    const { page } = await t.open('/no-such-page/', phone);
    const navs = await page.$$eval('main nav', (ns) => ns.map((n) => [n.closest('[lang]')!.getAttribute('lang'), n.querySelectorAll('a').length]));
    expect(navs).toEqual([
      ['zh-CN', 9],
      ['en', 9],
    ]);
    await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
    await page.click('.search-open');
    await page.locator('site-search dialog[open] input').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.matches('site-search dialog[open] input'))).toBe(true);
  });
});
