import { announce, copyText } from './announce';
import { readerPageUrl } from './reader-address';

// A heading's "#" link copies the address of its section where the reader is; without JavaScript it is a plain anchor link.
document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const hash = link.getAttribute('href') ?? '';
  history.replaceState(null, '', hash);
  const url = readerPageUrl() + hash;
  if (await copyText(url)) announce(link.dataset['copiedLabel'] ?? url, link);
});
