import type { Locale } from './locales';

/**
 * Every word of the interface, in every language. `en` defines the keys; `zh` must have exactly
 * the same keys (a missing or extra key is a type error, and a unit test compares them too).
 * `{name}` marks a value filled in by `t(key, { name })`.
 */
const en = {
  'site.title': 'Safe Qingdao Explained',
  'site.tagline': 'A bilingual guide to the “Safe Qingdao” public-safety programme, every figure linked to its source',
  'site.skip': 'Skip to content',
  'nav.label': 'Pages',
  'lang.switch': 'Read this page in Chinese',
  'lang.label': 'Language',
  'toc.title': 'On this page',
  'heading.copyLink': 'Copy link to this section',
  'heading.copied': 'Link copied',
  'src.label': 'Source paragraph {n}',
  'src.short': '¶{n}',
  'stat.source': 'Source',
  'stat.derivation': 'Note',
  'background.label': 'Background (not from the article)',
  'footer.source': 'All facts about Qingdao on this site come from one article: {headline} (dated {date}; year {year} inferred). The article is reproduced for reference.',
  'footer.sourceLink': 'Read the source article',
  'footer.reviewed': 'Last reviewed {date}',
  'landing.intro': 'Choose a language to read the explainer.',
  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not exist. It may have been mistyped, or the page may have moved.',
  'notFound.home': 'Go to the English overview',
  'unit.percent': '{v}%',
  'unit.cases': '{v} cases',
  'unit.people': '{v} people',
  'unit.count': '{v}',
  'unit.ten-thousand-yuan': '{v} yuan',
  'unit.years': '{v} years',
  'unit.per-10k-people': '{v} per 10,000 people',
  'qualifier.more-than': 'more than {v}',
  'qualifier.at-least': 'at least {v}',
  'qualifier.exact': '{v}',
  'period.year': 'in {date}',
  'period.as-of': 'as of {date}',
  'period.target': 'target for {date}',
  'period.target-undated': 'target',
  'period.undated': '',
  'date.year': '{y}',
  'date.month': '{month} {y}',
  'date.as-of-month': 'the end of {month} {y}',
  'date.day': '{d} {month} {y}',
  'date.yearInferred': 'year inferred',
} as const;

export type UIKey = keyof typeof en;
type Dictionary = { readonly [K in UIKey]: string };

const zh: Dictionary = {
  'site.title': '平安青岛解读',
  'site.tagline': '“平安青岛”建设中英双语解读，每个数字都链接到原文出处',
  'site.skip': '跳到正文',
  'nav.label': '页面',
  'lang.switch': '阅读本页英文版',
  'lang.label': '语言',
  'toc.title': '本页目录',
  'heading.copyLink': '复制本节链接',
  'heading.copied': '链接已复制',
  'src.label': '原文第{n}段',
  'src.short': '¶{n}',
  'stat.source': '出处',
  'stat.derivation': '说明',
  'background.label': '背景知识（非原文内容）',
  'footer.source': '本站关于青岛的所有事实均出自一篇文章：《{headline}》（日期仅标注为{date}，年份{year}年系推断）。原文转载仅供参考。',
  'footer.sourceLink': '阅读原文',
  'footer.reviewed': '最后核对：{date}',
  'landing.intro': '请选择阅读语言。',
  'notFound.title': '页面不存在',
  'notFound.body': '此地址不存在，可能输入有误，或页面已移动。',
  'notFound.home': '前往中文概览',
  'unit.percent': '{v}%',
  'unit.cases': '{v}件',
  'unit.people': '{v}人',
  'unit.count': '{v}',
  'unit.ten-thousand-yuan': '{v}万元',
  'unit.years': '{v}年',
  'unit.per-10k-people': '每万人{v}名',
  'qualifier.more-than': '逾{v}',
  'qualifier.at-least': '{v}以上',
  'qualifier.exact': '{v}',
  'period.year': '{date}',
  'period.as-of': '截至{date}',
  'period.target': '{date}目标',
  'period.target-undated': '目标',
  'period.undated': '',
  'date.year': '{y}年',
  'date.month': '{y}年{m}月',
  'date.as-of-month': '{y}年{m}月底',
  'date.day': '{y}年{m}月{d}日',
  'date.yearInferred': '年份系推断',
};

export const dictionaries: Record<Locale, Dictionary> = { zh, en };

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/** The interface words of one language: `t('src.label', { n: 7 })`. */
export function useTranslations(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values = {}) => dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
