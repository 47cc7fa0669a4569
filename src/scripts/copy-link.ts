import { announce, copyText } from './announce';
import { readerPageUrl } from './reader-address';
import { adoptStyles } from './adopt-styles';
import copiedTipCss from '../styles/copied-tip.css?inline';

adoptStyles(copiedTipCss);

/**
 * A heading's "#" link copies the address of its section where the reader is; without JavaScript it is a plain
 * anchor link. Loaded on the first click of one (lazy.ts, which has already kept the browser from following it).
 */
export async function copyLink(link: HTMLAnchorElement): Promise<void> {
  const hash = link.getAttribute('href') ?? '';
  history.replaceState(null, '', hash);
  const url = readerPageUrl() + hash;
  if (await copyText(url)) announce(document.getElementById('live-status')?.dataset['linkCopied'] ?? url, link);
}
