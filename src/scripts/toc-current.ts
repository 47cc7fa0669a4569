// Marks the section being read in the table of contents (aria-current), as the reader scrolls.
const links = new Map(
  [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
);
const visible = new Set<string>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) (entry.isIntersecting ? visible.add(entry.target.id) : visible.delete(entry.target.id));
    const current = [...links.keys()].find((id) => visible.has(id));
    if (!current) return;
    for (const [id, link] of links) (id === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current'));
  },
  { rootMargin: '0px 0px -70% 0px' },
);
for (const id of links.keys()) {
  const heading = document.getElementById(id);
  if (heading) observer.observe(heading);
}
