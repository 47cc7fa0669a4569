// Marks the section being read in the table of contents (aria-current): the last heading that has
// scrolled past the top third of the window, or the first one before any has.
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));

function markCurrent() {
  const line = innerHeight / 3;
  let current = 0;
  headings.forEach((heading, i) => {
    if (heading && heading.getBoundingClientRect().top < line) current = i;
  });
  links.forEach((link, i) => (i === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
}

if (links.length > 0) {
  const observer = new IntersectionObserver(markCurrent, { rootMargin: '0px 0px -66% 0px' });
  for (const heading of headings) if (heading) observer.observe(heading);
  markCurrent();
}

// Beside the text (from 60rem, where CSS already shows it) the contents are open, so their state reads true.
const toc = document.querySelector<HTMLDetailsElement>('details[data-toc]');
const wide = matchMedia('(min-width: 60rem)');
const syncOpen = () => {
  if (toc) toc.open = wide.matches;
};
syncOpen();
wide.addEventListener('change', syncOpen);
