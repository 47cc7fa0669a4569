import { describe, expect, it } from 'vitest';
import { hasChromium, SUBPATH, subpathDist, useBuiltSite } from './support/site';

// Search as a reader uses it: the real dialog over the built Pagefind bundles, in Chromium.
const t = useBuiltSite();
const sub = useBuiltSite(SUBPATH.base, subpathDist);

interface Shown {
  status: string;
  hrefs: string[];
  excerpts: string[];
  other: { title: string | null; hrefs: string[] };
}

type Query = (q: string) => Promise<Shown>;

/**
 * Opens search on a page of the language and returns a function that runs one query through the dialog. The
 * dialog stays open for the file's other queries from that page (a query only reads what the dialog shows).
 */
async function searchOn(open: typeof t.open, path: string): Promise<Query> {
  const { page } = await open(path, { keep: true });
  await page.click('.search-open');
  await page.locator('#search-input').waitFor({ state: 'visible' });
  const query = async (q: string) => {
    await page.fill('#search-input', q);
    await page.waitForFunction((q) => document.querySelector('.search-status')?.textContent?.includes(`“${q}”`), q, { timeout: 45_000 }); // the first query loads both bundles
    return page.evaluate(() => {
      const [own, other] = document.querySelectorAll('.search-results');
      const heading = document.querySelector<HTMLElement>('.search-other')!;
      return {
        status: document.querySelector('.search-status')!.textContent!,
        hrefs: [...own!.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
        excerpts: [...own!.querySelectorAll('p')].map((p) => p.textContent!),
        other: { title: heading.hidden ? null : heading.textContent, hrefs: [...other!.querySelectorAll('a')].map((a) => a.getAttribute('href')!) },
      };
    });
  };
  return query;
}
const dialogs = new Map<string, Promise<Query>>();
/** The search dialog on the language's overview page, opened on first use. */
const searchFrom = (locale: string) => {
  if (!dialogs.has(locale)) dialogs.set(locale, searchOn(t.open, `/${locale}/overview/`));
  return dialogs.get(locale)!;
};

// A fixed list of what readers look for, each with the places a reader would accept as the answer (page#section).
const QUERIES: Record<'zh' | 'en', [string, string[]][]> = {
  zh: [
    ['枫桥经验', ['/zh/grassroots-governance/#fengqiao-experience', '/zh/glossary/#fengqiao-experience']],
    [
      '98.56',
      [
        '/zh/overview/#headline-figure',
        '/zh/grassroots-governance/#satisfaction-goal',
        '/zh/data/#public-security-satisfaction-2018',
        '/zh/timeline/#public-security-satisfaction-2018',
      ],
    ],
    ['扫黑除恶', ['/zh/risk-prevention/#anti-gang-campaign', '/zh/glossary/#anti-gang-crackdown']],
    ['满意度', ['/zh/grassroots-governance/#satisfaction-goal', '/zh/overview/#headline-figure', '/zh/data/#public-security-satisfaction-2018']],
    ['电信诈骗', ['/zh/smart-policing/#anti-fraud-results-2018', '/zh/smart-policing/#anti-fraud', '/zh/timeline/#anti-fraud-results-2018']],
    ['王清宪', ['/zh/overview/#launch', '/zh/source/#p2']],
    ['京东', ['/zh/smart-policing/#court-jd-agreement', '/zh/timeline/#court-jd-agreement', '/zh/source/#p21']],
    [
      '公共法律服务',
      ['/zh/grassroots-governance/#public-legal-services', '/zh/glossary/#public-legal-service-station', '/zh/data/#legal-service-platform-levels'],
    ],
    ['双下降', ['/zh/grassroots-governance/#five-actions', '/zh/glossary/#double-decline']],
    ['双降双升', ['/zh/smart-policing/#two-down-two-up', '/zh/glossary/#two-down-two-up']],
    ['九场战役', ['/zh/overview/#nine-domains-and-battles', '/zh/glossary/#nine-battles', '/zh/data/#programme-battles']],
    ['扫毒', ['/zh/risk-prevention/#anti-drug-operations', '/zh/glossary/#anti-drug-battle']],
    ['律师', ['/zh/data/#lawyers-per-10k-people', '/zh/grassroots-governance/#public-legal-services', '/zh/source/#p14']],
    ['56.8', ['/zh/risk-prevention/#criminal-cases-2018', '/zh/timeline/#criminal-cases-fall-2018', '/zh/data/#criminal-cases-change-2018']],
    ['1342', ['/zh/data/#legal-service-rooms', '/zh/grassroots-governance/#public-legal-services']],
    ['一村一警务助理', ['/zh/grassroots-governance/#policing-models', '/zh/glossary/#one-police-assistant-per-village']],
  ],
  en: [
    ['Fengqiao experience', ['/en/grassroots-governance/#fengqiao-experience', '/en/glossary/#fengqiao-experience']],
    [
      '98.56',
      [
        '/en/overview/#headline-figure',
        '/en/grassroots-governance/#satisfaction-goal',
        '/en/data/#public-security-satisfaction-2018',
        '/en/timeline/#public-security-satisfaction-2018',
      ],
    ],
    ['two down, two up', ['/en/smart-policing/#two-down-two-up', '/en/glossary/#two-down-two-up']],
    ['satisfaction', ['/en/grassroots-governance/#satisfaction-goal', '/en/overview/#headline-figure', '/en/data/#public-security-satisfaction-2018']],
    ['telecom fraud', ['/en/smart-policing/#anti-fraud', '/en/smart-policing/#anti-fraud-results-2018', '/en/timeline/#anti-fraud-results-2018']],
    ['Wang Qingxian', ['/en/overview/#launch', '/en/source/#p2']],
    ['JD.com', ['/en/smart-policing/#court-jd-agreement', '/en/timeline/#court-jd-agreement', '/en/source/#p21']],
    [
      'public legal service',
      ['/en/grassroots-governance/#public-legal-services', '/en/glossary/#public-legal-service-station', '/en/data/#legal-service-platform-levels'],
    ],
    ['double decline', ['/en/grassroots-governance/#five-actions', '/en/glossary/#double-decline']],
    ['nine battles', ['/en/overview/#nine-domains-and-battles', '/en/glossary/#nine-battles', '/en/data/#programme-battles']],
    ['drugs', ['/en/risk-prevention/#anti-drug-operations', '/en/glossary/#anti-drug-battle']],
    ['lawyers', ['/en/data/#lawyers-per-10k-people', '/en/grassroots-governance/#public-legal-services', '/en/source/#p14']],
    ['56.8', ['/en/risk-prevention/#criminal-cases-2018', '/en/timeline/#criminal-cases-fall-2018', '/en/data/#criminal-cases-change-2018']],
    ['1342', ['/en/data/#legal-service-rooms', '/en/grassroots-governance/#public-legal-services']],
    ['mafia-style', ['/en/risk-prevention/#anti-gang-campaign', '/en/glossary/#anti-gang-crackdown', '/en/data/#anti-gang-cases-approved-for-arrest']],
    ['Yu Dongfeng', ['/en/risk-prevention/#yu-dongfeng-statement', '/en/timeline/#police-plans-2019', '/en/source/#p6']],
  ],
};

describe.skipIf(!hasChromium)('search quality: a fixed list of queries, each with the place a reader expects', () => {
  it.each(['zh', 'en'] as const)(
    '%s: the top result is right for at least 90 percent of the queries, and in the top three for all',
    async (locale) => {
      const query = await searchFrom(locale);
      const misses: string[] = [];
      let top1 = 0;
      for (const [q, expected] of QUERIES[locale]) {
        const { hrefs } = await query(q);
        if (expected.includes(hrefs[0]!)) top1++;
        else misses.push(`${q} → ${hrefs.slice(0, 3).join(' ')}`);
        expect(
          hrefs.slice(0, 3).some((href) => expected.includes(href)),
          `${q}: ${hrefs.slice(0, 3).join(' ')}`,
        ).toBe(true);
      }
      const total = QUERIES[locale].length;
      console.info(
        `search quality ${locale}: top-1 ${top1}/${total} (${Math.round((100 * top1) / total)}%), top-3 ${total}/${total}${misses.length ? `; top-1 misses: ${misses.join('; ')}` : ''}`,
      );
      expect(total).toBeGreaterThanOrEqual(12);
      expect(top1 / total, misses.join('; ')).toBeGreaterThanOrEqual(0.9);
    },
    240_000,
  );
});

describe.skipIf(!hasChromium)('search opens the place, not the page', () => {
  it.each([
    ['zh', '黑社会性质组织案', '/zh/source/#p7'],
    ['en', 'Zhao Hong', '/en/source/#p7'],
    ['zh', '签署战略合作协议', '/zh/timeline/#court-jd-agreement'],
    ['en', 'jiǔ chǎng zhànyì', '/en/glossary/#nine-battles'],
    ['en', 'Lawyers per', '/en/data/#lawyers-per-10k-people'],
  ])('%s: "%s" opens %s (a source paragraph, an event, a term, a statistic)', async (locale, q, expected) => {
    const query = await searchFrom(locale);
    const { hrefs } = await query(q);
    expect(hrefs).toContain(expected);
  });

  it('leaves interface text out of excerpts: chart/table toggles, downloads, ¶ marks', async () => {
    const query = await searchFrom('en');
    for (const q of ['satisfaction', 'public legal service', 'anti-gang']) {
      const { excerpts } = await query(q);
      expect(excerpts.length, q).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt, q).not.toMatch(/ChartTable|Download the data|¶\d|CSV · JSON/);
    }
  });

  it('joins Chinese excerpts with “……” and never starts one inside a word', async () => {
    const query = await searchFrom('zh');
    for (const q of ['满意度', '枫桥经验', '京东', '98.56']) {
      const { excerpts } = await query(q);
      expect(excerpts.length, q).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt, q).not.toMatch(/\. /);
    }
    // The excerpt that Pagefind starts inside 防范在先 (“先、发现在早…”) starts at the next word instead.
    const { excerpts } = await query('枫桥经验');
    expect(excerpts.some((e) => e.startsWith('先'))).toBe(false);
  });
});

describe.skipIf(!hasChromium)('search in the other language', () => {
  it.each([
    ['fraud', '/en/smart-policing/#anti-fraud'],
    ['JD.com', '/en/smart-policing/#court-jd-agreement'],
  ])('zh: "%s", found only in English, is listed under “在英文版中找到…”, first %s', async (q, first) => {
    const query = await searchFrom('zh');
    const shown = await query(q);
    expect(shown.hrefs).toEqual([]);
    expect(shown.other.title).toBe(`在英文版中找到${shown.other.hrefs.length}条结果`);
    expect(shown.other.hrefs[0]).toBe(first);
  });

  it('en: a query with enough results in English does not list the Chinese version', async () => {
    const query = await searchFrom('en');
    const shown = await query('Fengqiao');
    expect(shown.hrefs.length).toBeGreaterThanOrEqual(3);
    expect(shown.other).toEqual({ title: null, hrefs: [] });
  });

  it.each([
    ['满意度', '/en/source/#p1'],
    ['电信诈骗', '/en/source/#p20'],
  ])('en: the Chinese query "%s" finds the Chinese original on /en/source/ (%s), and the Chinese pages under their heading', async (q, paragraph) => {
    const query = await searchFrom('en');
    const shown = await query(q);
    expect(shown.hrefs).toContain(paragraph);
    expect(shown.other.title).toBe(`${shown.other.hrefs.length} results in the Chinese version`);
    expect(shown.other.hrefs.every((href) => href.startsWith('/zh/'))).toBe(true);
  });
});

describe.skipIf(!hasChromium)(`search under the sub-path ${SUBPATH.base}`, () => {
  it('opens paragraphs and the other language inside the sub-path', async () => {
    const query = await searchOn(sub.open, '/en/overview/');
    const chinese = await query('满意度');
    expect(chinese.hrefs).toContain(`${SUBPATH.base}en/source/#p1`);
    expect(chinese.other.hrefs.length).toBeGreaterThan(0);
    for (const href of [...chinese.hrefs, ...chinese.other.hrefs]) expect(href).toMatch(/^\/safe-qingdao\/(en|zh)\/[a-z-]+\/(#[a-z0-9-]+)?$/);
    expect((await query('Zhao Hong')).hrefs).toContain(`${SUBPATH.base}en/source/#p7`);
  });
});
