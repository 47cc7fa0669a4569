/**
 * Where a passage link's text should begin and end. A drag often starts or ends on interface text next to the
 * passage: the ¶ number, a “corrected” mark, a heading's # link, or the spaces around them. On the source page
 * a corrected mark even sits before the paragraph's text in the document while it is drawn below it, so a link
 * starting there names the mark (“Corrected 1 December 2026, …”) and scrolls to where the reader did not look.
 * The link is for the passage, so its range starts at the first and ends after the last character of passage
 * text inside the selection; a selection of nothing but interface text is left as it is (null).
 *
 * The range is given as the text nodes it touches, in document order, each with whether it is interface text.
 */
export interface TextSegment {
  text: string;
  /** Interface text (inside `data-pagefind-ignore` or a ¶ number): never the first or last word of a link. */
  ui: boolean;
}

/** A position in the segments: segment index and character offset in it. */
export interface TextPoint {
  segment: number;
  offset: number;
}

const SPACE = /\s/;

export function passageBounds(segments: readonly TextSegment[], start: TextPoint, end: TextPoint): { start: TextPoint; end: TextPoint } | null {
  let from: TextPoint | null = null;
  for (let i = start.segment; i <= end.segment && !from; i++) {
    const { text, ui } = segments[i]!;
    if (ui) continue;
    const stop = i === end.segment ? end.offset : text.length;
    for (let at = i === start.segment ? start.offset : 0; at < stop; at++) {
      if (!SPACE.test(text[at]!)) {
        from = { segment: i, offset: at };
        break;
      }
    }
  }
  if (!from) return null;
  for (let i = end.segment; i >= from.segment; i--) {
    const { text, ui } = segments[i]!;
    if (ui) continue;
    const floor = i === from.segment ? from.offset : 0;
    for (let at = i === end.segment ? end.offset : text.length; at > floor; at--) {
      if (!SPACE.test(text[at - 1]!)) return { start: from, end: { segment: i, offset: at } };
    }
  }
  return null;
}

/**
 * Whether a context string of the generator (a prefix, read outward from the range's start, or a suffix, from
 * its end) is taken from interface text: `outward` is the text nodes next to the range, nearest first, and the
 * context covers them until it has as many non-space characters as `context`. Chromium's own matcher does not
 * see such text where the generator does (a corrected mark's visually hidden kind is out of the text flow, and
 * on the source page the mark is drawn below the paragraph it precedes), so a context that reaches into it makes
 * a link that never highlights.
 */
export function contextTouchesUi(outward: readonly TextSegment[], context: string): boolean {
  let needed = context.replace(/\s/g, '').length;
  for (const { text, ui } of outward) {
    if (needed <= 0) return false;
    const chars = text.replace(/\s/g, '').length;
    if (ui && chars > 0) return true;
    needed -= chars;
  }
  return false;
}

/** How often `needle` occurs in `text`, ignoring case and collapsing whitespace as the text matcher does. */
function occurrences(text: string, needle: string): number {
  const haystack = text.replace(/\s+/g, ' ').toLowerCase();
  const wanted = needle.replace(/\s+/g, ' ').toLowerCase();
  let count = 0;
  for (let at = haystack.indexOf(wanted); at >= 0 && wanted; at = haystack.indexOf(wanted, at + 1)) count++;
  return count;
}

/**
 * The generated fragment without a prefix or suffix that reaches into interface text (see contextTouchesUi),
 * when the passage's own words are unique on the page (`pageText`) without it. A context that is needed to tell
 * repeated words apart is kept: the link then lands on the anchor before the directive.
 */
export function withoutUiContext<F extends { textStart: string; textEnd?: string; prefix?: string; suffix?: string }>(
  fragment: F,
  touches: { prefix: boolean; suffix: boolean },
  pageText: string,
): F {
  const unique = occurrences(pageText, fragment.textStart) === 1 && (!fragment.textEnd || occurrences(pageText, fragment.textEnd) >= 1);
  if (!unique) return fragment;
  const result = { ...fragment };
  if (touches.prefix) delete result.prefix;
  if (touches.suffix) delete result.suffix;
  return result;
}
