// Synthetic pages for the scale benchmark: the shape of a real content page (front matter valid against
// src/schemas/page.ts, six sections with ids equal in zh and en, a GFM table, a chart, source marks) and
// roughly its length (~1,500 Chinese characters, ~650 English words). Text is filler, seeded per page so
// every run builds the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SECTIONS = [
  { id: 'background', zh: '背景与由来', en: 'Background and origins' },
  { id: 'approach', zh: '主要做法', en: 'Main approach' },
  { id: 'organisation', zh: '组织与分工', en: 'Organisation and roles' },
  { id: 'figures', zh: '数据一览', en: 'The figures at a glance' },
  { id: 'chart', zh: '图表', en: 'Chart' },
  { id: 'summary', zh: '小结', en: 'Summary' },
];

const ZH_SENTENCES = [
  '基层治理强调把矛盾化解在萌芽状态，让群众的诉求在家门口得到回应。',
  '社区网格员定期走访辖区居民，了解他们在生活中遇到的实际困难。',
  '相关工作坚持问题导向，先找出最突出的短板，再逐项制定改进措施。',
  '公共法律服务向村居延伸，普通居民可以就近获得咨询和调解帮助。',
  '治安防控体系把人防、物防和技防结合起来，形成多层次的保护网络。',
  '志愿者队伍参与巡逻、宣传和邻里互助，是专业力量的重要补充。',
  '对于重点领域的风险隐患，相关单位实行排查、登记、整改、销号的闭环管理。',
  '本页为性能测试自动生成的示例文字，不陈述任何真实事实。',
];

const EN_SENTENCES = [
  'Grassroots governance aims to settle disputes while they are still small, close to where people live.',
  'Grid workers visit the households in their area regularly and note the practical problems people raise.',
  'The work starts from the most pressing gaps and sets out a specific measure for each of them.',
  'Public legal services reach down to villages and neighbourhoods, where residents can ask for advice and mediation.',
  'Crime prevention combines patrols, physical protection and technology into several layers of cover.',
  'Volunteers join patrols, awareness campaigns and neighbourly help, adding to what professionals provide.',
  'Risks in key areas are handled as a closed loop: found, recorded, fixed and then signed off.',
  'This page is filler text generated for a performance test and states no real facts.',
];

/** A small seeded generator (mulberry32): the same page number always gives the same text. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences until `size(text) ≥ target`, grouped into paragraphs of three or four sentences. */
function paragraphs(next, bank, target, size, join) {
  const out = [];
  let current = [];
  let length = 0;
  while (length < target) {
    const sentence = bank[Math.floor(next() * bank.length)];
    current.push(sentence);
    length += size(sentence);
    if (current.length >= 3 + Math.floor(next() * 2)) {
      out.push(current.join(join));
      current = [];
    }
  }
  if (current.length) out.push(current.join(join));
  return out;
}

// Pages import the chart component themselves (so its CSS ships only with them), as the real chart pages do.
// A relative path, so the page builds whatever path aliases tsconfig.json has.
const CHART_IMPORT = "import Chart from '../../../src/components/content/Chart.astro';";

const zhLength = (text) => text.length;
const enWords = (text) => text.split(/\s+/).length;

const TABLES = {
  zh: `| 事项 | 负责方 | 方式 |
| --- | --- | --- |
| 走访 | 网格员 | 定期入户 |
| 调解 | 调解员 | 就近受理 |
| 咨询 | 法律服务站 | 线上线下 |`,
  en: `| Task | Who | How |
| --- | --- | --- |
| Home visits | Grid workers | Regular rounds |
| Mediation | Mediators | Close to home |
| Advice | Legal service posts | Online and in person |`,
};

/**
 * One page body. `flavor` 'mdx' uses the site's components and `\{#id\}` heading ids; 'md' is the same text as
 * plain Markdown for the plain-Astro baseline (a link for each source mark, the chart's data as a table).
 */
export function pageBody(lang, index, flavor = 'mdx') {
  const next = random(index * 2 + (lang === 'zh' ? 1 : 0));
  const perSection = lang === 'zh' ? 250 : 100; // ×6 ≈ 1,500 characters / 650 words
  const bank = lang === 'zh' ? ZH_SENTENCES : EN_SENTENCES;
  const [size, glue] = lang === 'zh' ? [zhLength, ''] : [enWords, ' '];
  const src = (p) => (flavor === 'mdx' ? `<Src p={${p}} />` : `[¶${p}](/${lang}/source/#p${p})`);
  const blocks = [];
  SECTIONS.forEach((section, i) => {
    blocks.push(flavor === 'mdx' ? `## ${section[lang]} \\{#${section.id}\\}` : `## ${section[lang]}`);
    const paras = paragraphs(next, bank, perSection, size, glue);
    // A few source marks, after a sentence as on real pages.
    if (i === 0) paras[0] += ` ${src(7)}`;
    if (i === 1) paras[0] += ` ${src(3)}`;
    if (i === 5) paras[0] += ` ${src(12)}`;
    blocks.push(...paras);
    if (section.id === 'figures') blocks.push(TABLES[lang]);
    if (section.id === 'chart') blocks.push(flavor === 'mdx' ? '<Chart dataset="anti-gang-cases" />' : TABLES[lang]);
  });
  return blocks.join('\n\n') + '\n';
}

export function frontMatter(lang, index) {
  const number = String(index).padStart(4, '0');
  const words = {
    zh: { title: '合成测试页 ', navTitle: '测试页', description: '为构建性能测试自动生成的页面，内容为示例文字。' },
    en: { title: 'Synthetic page ', navTitle: 'Bench ', description: 'A page generated for the build benchmark; its text is filler.' },
  }[lang];
  return { title: words.title + number, navTitle: words.navTitle + number, description: words.description, theme: 'reference', reviewed: '2026-11-27' };
}

const yamlLines = (data) =>
  Object.entries(data).map(([key, value]) => `${key}: ${typeof value === 'string' && key !== 'reviewed' ? JSON.stringify(value) : value}`);

/** Checks the generated front matter against the site's own schema before spending minutes on a build. */
async function pageSchema(root) {
  const module = await import(pathToFileURL(join(root, 'src/schemas/page.ts')).href);
  return module.pageSchema;
}

/**
 * Writes N pages per language into `<projectDir>/<pagesDir>/<lang>/bench-NNNN.<ext>`.
 * `root` is the real project (for the schema); returns the slugs written.
 */
export async function writeSyntheticPages({ root, projectDir, n, flavor = 'mdx', pagesDir = 'content/pages' }) {
  const schema = flavor === 'mdx' ? await pageSchema(root) : null;
  const slugs = [];
  for (let i = 1; i <= n; i += 1) {
    const slug = `bench-${String(i).padStart(4, '0')}`;
    for (const lang of ['zh', 'en']) {
      const data = frontMatter(lang, i);
      if (schema) schema.parse(data);
      const dir = join(projectDir, pagesDir, lang);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${slug}.${flavor}`),
        ['---', ...yamlLines(data), '---', '', ...(flavor === 'mdx' ? [CHART_IMPORT, ''] : []), pageBody(lang, i, flavor)].join('\n'),
      );
    }
    slugs.push(slug);
  }
  return slugs;
}
