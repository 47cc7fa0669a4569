import { resolveFragment, textDirectives } from '../lib/anchors';
import { arrivalUrl } from './arrival';

// Cited links must keep landing: renamed sections (aliases written in content/redirects.yaml and
// handed over in data-section-aliases) and text-fragment links in browsers that don't support them.
function land() {
  const aliases = JSON.parse(document.body.dataset['sectionAliases'] ?? '{}') as Record<string, string>;
  const target = resolveFragment(location.hash, aliases, (id) => document.getElementById(id) !== null);
  if (!target) return;
  history.replaceState(null, '', `#${target}`);
  document.getElementById(target)?.scrollIntoView();
  // :target does not follow replaceState; mark the landing place the same way.
  document.getElementById(target)?.setAttribute('data-landed', '');
}

land();
addEventListener('hashchange', land);

// Opened by a passage link: check that its text is still on the page (the checker loads only then).
if (textDirectives(arrivalUrl()).length > 0) void import('./passage-missing');
