import { run } from 'zhlint';
import { mask, type Range } from './ranges';

/** One typography fault: where it is in the text and what to write instead. */
export interface TypographyIssue {
  offset: number;
  message: string;
}

/**
 * The site's rules for Chinese it writes itself (README › Writing › Chinese typography), as zhlint options:
 * full-width ，。：；？！“”‘’（） next to Chinese (zhlint converts these to full width), no space between
 * Chinese and Latin letters or digits (`使用JavaScript时`, `2018年`, `逾210条`), none outside code spans,
 * none around full-width punctuation. Brackets are full width too (zhlint's default turns them half width).
 */
const rules = {
  preset: 'default',
  halfwidthPunctuation: '',
  fullwidthPunctuation: '，。：；？！“”‘’（）',
  adjustedFullwidthPunctuation: '',
  spaceBetweenMixedwidthContent: false,
  spaceOutsideCode: false,
  // `{n}` placeholders of interface strings count as half-width brackets: no space around them either.
  spaceOutsideHalfwidthBracket: false,
};

/** zhlint words its messages for its own default rule set; these say what our rules want. */
const messages: Record<string, string> = {
  此处中英文内容之间需要一个空格: '中文与西文字母、数字之间不加空格 (no space between Chinese and Latin letters or digits)',
  此处标点符号需要使用全角: '中文旁的标点用全角 (full-width punctuation next to Chinese)',
  此处内联代码的外部不需要空格: '代码两侧不加空格 (no space around code)',
  此处标点符号后不需要空格: '全角标点后不加空格 (no space after full-width punctuation)',
  此处标点符号前不需要空格: '全角标点前不加空格 (no space before full-width punctuation)',
  此处全角内容之间不需要空格: '中文之间不加空格 (no space between Chinese characters)',
  引号未闭合: '引号不成对 (unpaired quotation mark)',
};

/** Nesting, which zhlint does not check: “ ” outside, ‘ ’ inside (zhlint reports unpaired marks itself). */
function checkQuoteNesting(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '‘') {
      const wanted = depth % 2 === 0 ? '“' : '‘';
      if (c !== wanted)
        issues.push({
          offset: i,
          message: wanted === '“' ? '外层引号用“”，‘’只用于引号内 (outer quotes are “”)' : '引号内再引用时用‘’ (nested quotes are ‘’ inside “”)',
        });
      depth++;
    } else if ((c === '”' || c === '’') && depth > 0) depth--;
  }
  return issues;
}

/**
 * Typography faults in Chinese text written by the site (Markdown/MDX or plain). `exempt` spans, such as
 * quotations of the article, are skipped: they are masked with a Chinese character, so rules about the
 * characters next to them still see Chinese there and offsets stay the same.
 */
export function lintChinese(text: string, exempt: readonly Range[] = []): TypographyIssue[] {
  const masked = mask(text, exempt, '中');
  const { validations } = run(masked, { rules });
  return [...validations.map((v) => ({ offset: v.index, message: messages[v.message] ?? v.message })), ...checkQuoteNesting(masked)].sort(
    (a, b) => a.offset - b.offset,
  );
}
