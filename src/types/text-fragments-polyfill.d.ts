// The package ships JavaScript with JSDoc only; these are the parts the site uses (see its src/*.js).
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
  import type { TextFragment } from '../lib/passage-url';
  /** 0 = SUCCESS, 1 = INVALID_SELECTION, 2 = AMBIGUOUS, 3 = TIMEOUT, 4 = EXECUTION_FAILED. */
  export const GenerateFragmentStatus: { SUCCESS: 0; INVALID_SELECTION: 1; AMBIGUOUS: 2; TIMEOUT: 3; EXECUTION_FAILED: 4 };
  /** Chromium's algorithm: extends the range to word bounds and adds context until the fragment is unique. */
  export function generateFragmentFromRange(range: Range, startTime?: number): { status: number; fragment?: TextFragment };
  /** Generation gives up after this many milliseconds (500 by default). */
  export function setTimeout(ms: number | null): void;
}

declare module 'text-fragments-polyfill/text-fragment-utils' {
  import type { TextFragment } from '../lib/passage-url';
  export function getFragmentDirectives(hash: string): { text?: string[] };
  export function parseFragmentDirectives(directives: { text?: string[] }): { text?: TextFragment[] };
  /** The ranges of the page that a directive matches (at most two), empty when its text is not on the page. */
  export function processTextFragmentDirective(fragment: TextFragment, document?: Document, root?: Element): Range[];
}
