import { announce, canonicalUrl, copyText } from './announce';

// A heading's "#" link copies the canonical address of its section; without JavaScript it is a plain anchor link.
document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  event.preventDefault();
  const hash = link.getAttribute('href') ?? '';
  history.replaceState(null, '', hash);
  const url = canonicalUrl().split('#')[0] + hash;
  if (await copyText(url)) announce(link.dataset['copiedLabel'] ?? url, link);
});
