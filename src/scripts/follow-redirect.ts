import { carriedFragment } from '../lib/page-redirects';

// A redirect page runs this before its meta refresh (which waits for the page to load): it goes to the
// same place, but keeps the reader's #section, mapped to its new id if the section was renamed.
const link = document.querySelector<HTMLAnchorElement>('a[data-moved]');
if (link) {
  const aliases = JSON.parse(link.dataset['sectionAliases'] ?? '{}') as Record<string, string>;
  location.replace(link.href + carriedFragment(location.hash, aliases));
}
