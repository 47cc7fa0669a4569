/**
 * The one inline script: it runs before first paint to mark that scripts run (so charts can take the
 * place of tables without a layout shift) and to restore the reader's chosen theme without a flash.
 * It lives here as a string so astro.config.mjs can put its hash in the Content-Security-Policy.
 */
export const headScript =
  "document.documentElement.classList.add('js');" +
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
