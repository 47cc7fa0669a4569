/**
 * The one inline script. Before first paint it marks that scripts run (so charts can take the place of
 * tables without a layout shift) and restores the reader's chosen theme without a flash. Once the page is
 * parsed and its first contentful paint has been presented, it starts the enhancements from their
 * <template> (Enhancements.astro), so no script request competes with the text. Browsers without paint
 * timing start them when the page is parsed. A string here, so its hash can go in the Content-Security-Policy.
 */
export const headScript = [
  "document.documentElement.classList.add('js');",
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}",
  '(function(){var parsed=false,painted=false;',
  "function start(){if(!parsed||!painted)return;parsed=false;var s=document.getElementById('enhancements');if(s)document.body.append(s.content.cloneNode(true))}",
  "document.addEventListener('DOMContentLoaded',function(){parsed=true;start()});",
  "var types=window.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;",
  "if(!types||types.indexOf('paint')<0){painted=true;return}",
  "new PerformanceObserver(function(list){if(list.getEntriesByName('first-contentful-paint').length){painted=true;start()}}).observe({type:'paint',buffered:true})})();",
].join('');
