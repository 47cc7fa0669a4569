import type { Locale } from './locales';
import { htmlLang } from './locales';
import { formatNumber } from '../lib/format';
import { siteAuthor } from '../lib/site-author';

/**
 * Every word of the interface, in every language. `en` defines the keys; `zh` must have exactly
 * the same keys (a missing or extra key is a type error, and a unit test compares them too).
 * `{name}` marks a value filled in by `t(key, { name })`.
 */
const en = {
  'site.title': siteAuthor.name.en,
  'site.tagline': 'A bilingual guide to the “Safe Qingdao” public-safety programme, every figure linked to its source',
  'site.skip': 'Skip to content',
  'nav.label': 'Pages',
  'lang.switch': 'Read this page in Chinese',
  'toc.title': 'On this page',
  'heading.copyLink': 'Copy link to this section',
  'heading.copied': 'Link copied',
  'src.label': 'Source paragraph {n}',
  'src.short': '¶{n}',
  'src.dateline': 'Source: the article’s dateline',
  'src.datelineShort': '¶ dateline',
  // content: the English reading of the source's 原标题 line
  'source.originalTitle': 'Original title: {title}',
  'stat.source': 'Source',
  'stat.derivation': 'Note',
  // content: the colon after a label (“Source¶1: …”), full-width in Chinese
  'ui.colon': ': ',
  'background.label': 'Background (not from the article)',
  'footer.source':
    'All facts about Qingdao on this site come from one article: {headline} (dated {date}; year {year} inferred). The article is reproduced for reference.',
  'footer.sourceLink': 'Read the source article',
  'footer.changed': 'Last changed {date}',
  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not exist. It may have been mistyped, or the page may have moved.',
  'notFound.home': 'Go to the English overview',
  // Redirect pages (host)
  'moved.title': 'Moved to: {title}',
  'moved.body': 'This page has moved: ',
  // Units (content): what a figure counts, with the noun agreeing in number ({n} selects the plural form).
  // A no-break space keeps a number on the line of its unit.
  'unit.percent': '{n}%',
  'unit.cases': { one: '{n}\u00a0case', other: '{n}\u00a0cases' },
  'unit.people': { one: '{n}\u00a0person', other: '{n}\u00a0people' },
  'unit.years': { one: '{n}\u00a0year', other: '{n}\u00a0years' },
  'unit.anniversary': {
    ordinal: true,
    one: '{n}st\u00a0anniversary',
    two: '{n}nd\u00a0anniversary',
    few: '{n}rd\u00a0anniversary',
    other: '{n}th\u00a0anniversary',
  },
  'unit.domains': { one: '{n}\u00a0domain', other: '{n}\u00a0domains' },
  'unit.battles': { one: '{n}\u00a0battle', other: '{n}\u00a0battles' },
  'unit.actions': { one: '{n}\u00a0action', other: '{n}\u00a0actions' },
  'unit.subdistricts-and-towns': { one: '{n}\u00a0subdistrict or town', other: '{n}\u00a0subdistricts and towns' },
  'unit.communities-and-villages': { one: '{n}\u00a0community or village', other: '{n}\u00a0communities and villages' },
  'unit.levels': { one: '{n}\u00a0level', other: '{n}\u00a0levels' },
  'unit.channels': { one: '{n}\u00a0channel', other: '{n}\u00a0channels' },
  'unit.leads': { one: '{n}\u00a0lead', other: '{n}\u00a0leads' },
  // 万元 amounts are converted to yuan for English readers (format.ts).
  'unit.wan-yuan': '{n}\u00a0yuan',
  'unit.per-10k-people': '{n}\u00a0per 10,000\u00a0people',
  // Small whole numbers written as words in running text (`<Stat words />`): 0 to 9.
  'number.words': 'zero|one|two|three|four|five|six|seven|eight|nine',
  'qualifier.more-than': 'more than {v}',
  'qualifier.at-least': 'at least {v}',
  'qualifier.exact': '{v}',
  'period.during': 'in {date}',
  'period.as-of': 'as of {date}',
  'period.target': 'target for {date}',
  'period.target-undated': 'target',
  'date.year': '{y}',
  'date.month': '{month} {y}',
  'date.as-of-month': 'the end of {month} {y}',
  'date.day': '{d} {month} {y}',
  'date.yearInferred': '(year inferred)',
  'chart.views': 'Show as',
  'chart.viewChart': 'Chart',
  'chart.viewTable': 'Table',
  'chart.period': 'When',
  'chart.source': 'Source',
  'chart.download': 'Download the data',
  'chart.summary': '{title}. Bar chart; the same values are in the table: {values}.',
  // Charts (charts helper): subtitle, target marks, key, source line, PNG and embed controls.
  'chart.unit': 'Unit: {unit}',
  'chart.target': 'Target: {v}',
  'chart.keyResult': 'Bars: results',
  'chart.keyTarget': 'Dashed line: a target, not a result',
  'chart.sourceLine': 'Source: “{headline}”, paragraph {paragraphs}',
  'chart.sourceLines': 'Source: “{headline}”, paragraphs {paragraphs}',
  'chart.png': 'Chart image (PNG)',
  'chart.pngDone': 'Image saved',
  'chart.embed': 'Embed',
  'chart.embedCopied': 'Embed code copied',
  'chart.embedBack': 'See this chart on {site}',
  'data.figure': 'Figure',
  'data.value': 'Value',
  'data.quote': 'Source words (Chinese)',
  'data.allFigures': 'The article’s statistics and targets',
  'search.open': 'Search',
  'search.label': 'Search this site',
  'search.close': 'Close search',
  'search.loading': 'Loading the search index…',
  'search.none': 'Nothing found for “{q}”.',
  'search.count': { one: '{n} page found for “{q}”.', other: '{n} pages found for “{q}”.' },
  'search.unavailable': 'Search could not be loaded.',
  'cite.title': 'Cite this page',
  'cite.scope': 'Cite',
  'cite.wholePage': 'The whole page',
  'cite.copy': 'Copy',
  'cite.copied': 'Citation copied',
  // citation (#14): the cite panel's picker, Copy confirmation and downloads
  'cite.copiedButton': 'Copied ✓',
  'cite.format': 'Style',
  'cite.download': 'Download the page and its sections:',
  'og.alt': '{title}: {site}',
  'topic.overview': 'Overview',
  'topic.risk-prevention': 'Risk prevention',
  'topic.grassroots-governance': 'Grassroots governance',
  'topic.smart-policing': 'Smart policing',
  'topic.reference': 'Reference',
  'cite.note': 'The date cited is {date}; with JavaScript on it is today’s date. Please cite the original article as well.',
  'passage.copy': 'Copy link to this passage',
  'passage.copied': 'Link to the passage copied',
  // links (#15): results found in the other language's index, under their own heading
  'search.otherLanguage': { one: '{n} result in the Chinese version', other: '{n} results in the Chinese version' },
  // links (#15): a passage link whose quoted text is no longer on the page
  'passage.missing':
    'The passage quoted in this link was not found on the page: the text may have changed since the link was made. This is the part of the page it came from.',
  'print.source': 'Printed from {url} on {date}',
  'theme.dark': 'Dark theme',
  // Corrections log, "corrected" marks and feeds (corrections area)
  'corrections.title': 'Corrections and changes',
  'corrections.intro': 'What has changed in this page’s text since it was first published, newest first. Earlier wordings are quoted as they stood.',
  'corrections.kind.fact': 'Correction of a fact',
  'corrections.kind.translation': 'Correction of the translation',
  'corrections.kind.clarification': 'Clarification',
  'corrections.kind.addition': 'Addition',
  'corrections.kind.removal': 'Removal',
  'corrections.before': 'Previously:',
  'corrections.concerns': 'Concerns:',
  'corrections.sentence': 'source paragraph {n}, sentence {m}',
  'corrections.event': 'the event of {date}',
  'corrections.mark': 'Corrected {date}',
  'feed.title': '{site}: new pages and corrections',
  'feed.description': 'New pages of {site} and every logged correction to them, in English.',
  'feed.newPage': 'New page: {title}',
  'feed.correction': '{kind}: {title}',
  'feed.about': 'Follow new pages and corrections in the RSS feed',
  // layout: the print line on ¶ marks, the theme toggle's visible state, figure cards' translated source sentence, the glossary index
  'stat.sentenceTranslation': 'Translation of the source sentence',
  'glossary.index': 'Index A–Z',
  'stat.original': 'Chinese original',
  'print.marks': '¶n in the text refers to paragraph n of the source article; the full article, with a translation, is at {url}',
  'theme.on': 'on',
  'theme.off': 'off',
} as const;

export type UIKey = keyof typeof en;

/**
 * Words that change with a number: one form per CLDR plural category the language uses (`other`
 * always), chosen by `Intl.PluralRules`; `ordinal` picks ordinal categories (1st, 2nd, 3rd).
 */
export interface PluralForms {
  readonly ordinal?: true;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
/** Keys whose English words depend on a number; every other key is a plain string in every language. */
export type PluralKey = { [K in UIKey]: (typeof en)[K] extends string ? never : K }[UIKey];
/** Keys that are one string in every language (titles, labels): safe to read from `dictionaries` directly. */
export type TextKey = Exclude<UIKey, PluralKey>;
type Dictionary = { readonly [K in UIKey]: K extends PluralKey ? string | PluralForms : string };

const zh: Dictionary = {
  'site.title': siteAuthor.name.zh,
  'site.tagline': '“平安青岛”建设中英双语解读，每个数字都链接到原文出处',
  'site.skip': '跳到正文',
  'nav.label': '页面',
  'lang.switch': '阅读本页英文版',
  'toc.title': '本页目录',
  'heading.copyLink': '复制本节链接',
  'heading.copied': '链接已复制',
  'src.label': '原文第{n}段',
  'src.short': '¶{n}',
  'src.dateline': '出处：原文的日期行',
  'src.datelineShort': '¶日期行',
  // content: the English reading of the source's 原标题 line (not shown on zh pages)
  'source.originalTitle': '原标题：{title}',
  'stat.source': '出处',
  'stat.derivation': '说明',
  // content: the colon after a label (“出处¶1：……”), full-width in Chinese
  'ui.colon': '：',
  'background.label': '背景知识（非原文内容）',
  'footer.source': '本站关于青岛的所有事实均出自一篇文章：《{headline}》（日期仅标注为{date}，年份{year}年系推断）。原文转载仅供参考。',
  'footer.sourceLink': '阅读原文',
  'footer.changed': '最后修改：{date}',
  'notFound.title': '页面不存在',
  'notFound.body': '此地址不存在，可能输入有误，或页面已移动。',
  'notFound.home': '前往中文概览',
  // 跳转页（host）
  'moved.title': '已移至：{title}',
  'moved.body': '本页已移至：',
  // Units (content): the article's measure words.
  'unit.percent': '{n}%',
  'unit.cases': '{n}件',
  'unit.people': '{n}人',
  'unit.years': '{n}年',
  'unit.anniversary': '{n}周年',
  'unit.domains': '{n}个领域',
  'unit.battles': '{n}场战役',
  'unit.actions': '{n}项行动',
  'unit.subdistricts-and-towns': '{n}个街镇',
  'unit.communities-and-villages': '{n}个社村',
  'unit.levels': '{n}级',
  'unit.channels': '{n}个渠道',
  'unit.leads': '{n}条',
  'unit.wan-yuan': '{n}万元',
  'unit.per-10k-people': '每万人{n}名',
  // 两 rather than 二 before a measure word (两级法院).
  'number.words': '零|一|两|三|四|五|六|七|八|九',
  'qualifier.more-than': '逾{v}',
  'qualifier.at-least': '{v}以上',
  'qualifier.exact': '{v}',
  'period.during': '{date}',
  'period.as-of': '截至{date}',
  'period.target': '{date}目标',
  'period.target-undated': '目标',
  'date.year': '{y}年',
  'date.month': '{y}年{m}月',
  'date.as-of-month': '{y}年{m}月底',
  'date.day': '{y}年{m}月{d}日',
  'date.yearInferred': '（年份系推断）',
  'chart.views': '显示为',
  'chart.viewChart': '图表',
  'chart.viewTable': '表格',
  'chart.period': '时间',
  'chart.source': '出处',
  'chart.download': '下载数据',
  'chart.summary': '{title}。柱状图，数值与下表相同：{values}。',
  // 图表（charts）：副标题、目标标记、图例、出处、PNG 与嵌入
  'chart.unit': '单位：{unit}',
  'chart.target': '目标：{v}',
  'chart.keyResult': '柱：实际结果',
  'chart.keyTarget': '虚线：目标，不是结果',
  'chart.sourceLine': '来源：《{headline}》第{paragraphs}段',
  'chart.sourceLines': '来源：《{headline}》第{paragraphs}段',
  'chart.png': '图表图片（PNG）',
  'chart.pngDone': '图片已保存',
  'chart.embed': '嵌入',
  'chart.embedCopied': '嵌入代码已复制',
  'chart.embedBack': '在“{site}”查看此图表',
  'data.figure': '数字',
  'data.value': '数值',
  'data.quote': '原文',
  'data.allFigures': '原文的统计数字和目标值',
  'search.open': '搜索',
  'search.label': '搜索本站',
  'search.close': '关闭搜索',
  'search.loading': '正在加载搜索索引…',
  'search.none': '没有找到与“{q}”相关的内容。',
  'search.count': '找到{n}个与“{q}”相关的页面。',
  'search.unavailable': '搜索功能加载失败。',
  'cite.title': '引用本页',
  'cite.scope': '引用范围',
  'cite.wholePage': '整个页面',
  'cite.copy': '复制',
  'cite.copied': '引文已复制',
  // citation (#14): the cite panel's picker, Copy confirmation and downloads
  'cite.copiedButton': '已复制',
  'cite.format': '格式',
  'cite.download': '下载本页及各节的引文：',
  'og.alt': '{title}：{site}',
  'topic.overview': '概览',
  'topic.risk-prevention': '风险防控',
  'topic.grassroots-governance': '基层治理',
  'topic.smart-policing': '智慧警务',
  'topic.reference': '参考资料',
  'cite.note': '引用日期为{date}；启用JavaScript时为当天日期。引用时请同时注明原文。',
  'passage.copy': '复制这段文字的链接',
  'passage.copied': '段落链接已复制',
  // links (#15)：在另一种语言的索引中找到的结果，单列标题
  'search.otherLanguage': '在英文版中找到{n}条结果',
  // links (#15)：链接所引文字已不在页面上
  'passage.missing': '本页没有找到这个链接所引用的文字，内容可能在链接生成后有过改动。这里是那段文字原来所在的位置。',
  'print.source': '打印自{url}，打印日期：{date}',
  'theme.dark': '深色模式',
  // Corrections log, "corrected" marks and feeds (corrections area)
  'corrections.title': '更正与修改',
  'corrections.intro': '本页首次发布以来正文的改动，按日期由近及远排列；改动前的文字照原样引用。',
  'corrections.kind.fact': '事实更正',
  'corrections.kind.translation': '译文更正',
  'corrections.kind.clarification': '澄清说明',
  'corrections.kind.addition': '补充',
  'corrections.kind.removal': '删除',
  'corrections.before': '改动前：',
  'corrections.concerns': '涉及：',
  'corrections.sentence': '原文第{n}段第{m}句',
  'corrections.event': '{date}的事件',
  'corrections.mark': '{date}更正',
  'feed.title': '{site}：新页面与更正',
  'feed.description': '{site}的新页面及其每一条更正记录（中文）。',
  'feed.newPage': '新页面：{title}',
  'feed.correction': '{kind}：{title}',
  'feed.about': '通过RSS订阅新页面与更正',
  // layout: the print line on ¶ marks, the theme toggle's visible state, figure cards' translated source sentence, the glossary index
  'stat.sentenceTranslation': '原文句子译文',
  'glossary.index': '按拼音首字母索引',
  'stat.original': '中文原文',
  'print.marks': '文中“¶n”指原文第n段；原文全文及英文译文见{url}',
  'theme.on': '开',
  'theme.off': '关',
};

export const dictionaries: Record<Locale, Dictionary> = { zh, en };

type Values = Record<string, string | number>;
/** The number that picks a plural form: `count` when `n` is shown in words, else `n`. */
type Counted = Values & ({ n: number } | { count: number });

/** `t(key, values)`: a key whose words depend on a number must be given that number. */
export type Translate = <K extends UIKey>(key: K, ...values: K extends PluralKey ? [values: Counted] : [values?: Values]) => string;

/**
 * The interface words of one language: `t('src.label', { n: 7 })`, `t('unit.people', { n: 1 })` →
 * `1 person`. A number given as `n` picks the plural form and is written as the language writes numbers.
 */
export function useTranslations(locale: Locale): Translate {
  const dictionary: Record<string, string | PluralForms> = dictionaries[locale];
  const cardinal = new Intl.PluralRules(htmlLang[locale]);
  const ordinal = new Intl.PluralRules(htmlLang[locale], { type: 'ordinal' });
  return ((key: UIKey, values: Values = {}) => {
    const entry = dictionary[key]!;
    const count = values.count ?? values.n;
    const template =
      typeof entry === 'string' ? entry : typeof count === 'number' ? (entry[(entry.ordinal ? ordinal : cardinal).select(count)] ?? entry.other) : entry.other;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return name === 'n' && typeof value === 'number' ? formatNumber(value, locale) : String(value);
    });
  }) as Translate;
}
