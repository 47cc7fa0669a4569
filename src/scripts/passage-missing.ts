// Loaded only when the page was opened by a passage link (`#p7:~:text=…`, see fragments.ts). Browsers that
// cannot find the quoted text land on the fallback anchor without a word; this says so, gently, there.
import { getFragmentDirectives, parseFragmentDirectives, processTextFragmentDirective } from 'text-fragments-polyfill/text-fragment-utils';
import { arrivalUrl } from './arrival';
import { adoptStyles } from './adopt-styles';
import passageLinkCss from '../styles/passage-link.css?inline';

adoptStyles(passageLinkCss);

const hash = arrivalUrl().split('#')[1] ?? '';
const { text = [] } = parseFragmentDirectives(getFragmentDirectives(`#${hash}`));
// The polyfill matches as Chromium does (whole words, prefix and suffix context), so "not here" means the same.
if (text.some((fragment) => processTextFragmentDirective(fragment).length === 0)) {
  const notice = document.querySelector<HTMLElement>('.passage-missing');
  const anchor = decodeURIComponent(hash.split(':~:')[0] ?? '');
  const target = (anchor && document.getElementById(anchor)) || document.querySelector('[data-pagefind-body]')?.firstElementChild;
  // A sentence anchor sits inside its paragraph: the note goes before the block that holds it.
  const block = target?.closest('.paragraph') ?? target?.closest('h2, h3, h4, p, li, dt, dd, table, [data-pagefind-body] > *');
  if (notice && block) {
    block.before(notice);
    notice.hidden = false;
    notice.scrollIntoView({ block: 'start' });
  }
}
