// Fetches a page of the site when the reader hovers or focuses a link to it, so the click feels instant.
// Hover only: nothing is fetched that the reader shows no sign of wanting. (Astro's own prefetch script
// would do the same but costs more bytes than the whole of this file's bundle budget allows.)
const fetched = new Set<string>([location.pathname]);

function prefetch(event: Event) {
  const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link || link.origin !== location.origin || link.hasAttribute('download') || fetched.has(link.pathname)) return;
  fetched.add(link.pathname);
  document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: link.pathname }));
}

addEventListener('pointerover', prefetch, { passive: true });
addEventListener('focusin', prefetch);
