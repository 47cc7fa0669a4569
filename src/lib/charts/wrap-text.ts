/** Width of `text` in CSS pixels when set in the canvas font `font` (`600 14px system-ui`). */
export type Measure = (text: string, font: string) => number;

// A Chinese line may break between any two characters, an English one only at spaces. Punctuation that
// closes (，。）) stays with the character before it, punctuation that opens (（“《) with the one after.
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const TOKEN = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'g');
const CLOSING = /^[，。、；：？！）》」』”’%％]/;
const OPENING = /[（《「『“‘]$/;

function tokens(text: string): string[] {
  const parts: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const last = parts.at(-1);
    if (last !== undefined && !/^\s/.test(token) && !/\s$/.test(last) && (CLOSING.test(token) || OPENING.test(last))) parts[parts.length - 1] = last + token;
    else parts.push(token);
  }
  return parts;
}

/** Splits a word wider than the line into pieces that fit (a last resort: a URL, a very long name). */
function splitWord(word: string, maxWidth: number, font: string, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, font) > maxWidth) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, greedily, at the places the language allows.
 * Never returns an empty list for non-empty text, and never drops a character other than spaces at a break.
 */
export function wrapText(text: string, maxWidth: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text.trim())) {
    const candidate = line + token;
    if (!line || measure(candidate.trimEnd(), font) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = /^\s/.test(token) ? '' : token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.flatMap((l) => (measure(l, font) > maxWidth ? splitWord(l, maxWidth, font, measure) : [l]));
}
