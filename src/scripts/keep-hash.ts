// The language switch carries the reader's current #section to the other language (ids are shared).
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}
