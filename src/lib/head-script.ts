import { createHash } from 'node:crypto';

/**
 * The one inline script, run before first paint: it marks that scripts run (so charts can take the place
 * of tables without a layout shift) and restores the reader's chosen theme without a flash. A string here,
 * so its hash can go in the Content-Security-Policy (Astro hashes bundled scripts, not inline ones).
 */
export const headScript = [
  "document.documentElement.classList.add('js');",
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}",
].join('');

/** The head script's CSP hash source, as Astro's `security.csp.scriptDirective.hashes` takes it. */
export const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}` as const;
