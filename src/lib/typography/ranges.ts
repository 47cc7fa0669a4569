/** A half-open span `[start, end)` of a text, in UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

/** Every match of `pattern` (a global regex) as a range; `group` limits the range to that capture group. */
export function rangesOf(text: string, pattern: RegExp, group = 0): Range[] {
  return [...text.matchAll(pattern)].flatMap((m) => {
    const whole = m.index;
    if (group === 0) return [[whole, whole + m[0].length] as const];
    const inner = m[group];
    if (inner === undefined) return [];
    const start = whole + m[0].indexOf(inner);
    return [[start, start + inner.length] as const];
  });
}

/**
 * `text` with every character inside `ranges` replaced by `filler` (line breaks kept), so a linter skips
 * those spans while every offset and line number still points into the original text.
 */
export function mask(text: string, ranges: readonly Range[], filler: string): string {
  const chars = text.split(''); // UTF-16 units, so offsets stay those of `text`
  for (const [start, end] of ranges) {
    for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = filler;
  }
  return chars.join('');
}

/** The 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A short excerpt around `offset`, on one line, for messages. */
export function excerpt(text: string, offset: number, radius = 12): string {
  return text
    .slice(Math.max(0, offset - radius), offset + radius)
    .replace(/\s+/g, ' ')
    .trim();
}
