// temporary screenshot comparison (not committed)
import { launchChromium } from './scripts/chromium.mjs';
import { serveStatic } from './scripts/serve-static.mjs';
import { writeFileSync } from 'node:fs';
const [beforeDir, afterDir] = process.argv.slice(2);
const a = await serveStatic(beforeDir, '/', 0);
const b = await serveStatic(afterDir, '/', 0);
const browser = await launchChromium();
const pages = ['/en/about/', '/zh/about/', '/en/overview/', '/en/grassroots-governance/', '/zh/glossary/', '/en/source/', '/en/data/'];
const results = [];
async function shot(site, path, width, scheme, action, media) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(site.url(path), { waitUntil: 'load' });
  await page.waitForSelector('html[data-enhanced]');
  if (media) await page.emulateMedia({ media });
  if (action === 'cite') { await page.click('#cite summary'); await page.waitForSelector('cite-panel[data-ready]'); }
  if (action === 'search') { await page.click('.search-open'); await page.waitForSelector('site-search dialog[open]'); await page.waitForTimeout(300); }
  if (action === 'theme') { await page.click('.theme-toggle'); await page.waitForFunction(() => document.documentElement.dataset.theme); }
  if (action === 'hover') { await page.hover('.site-header nav li:nth-child(2) a'); }
  if (action === 'focus') { await page.keyboard.press('Tab'); await page.keyboard.press('Tab'); await page.keyboard.press('Tab'); }
  await page.waitForTimeout(action === 'cite' ? 800 : 200);
  const png = await page.screenshot({ fullPage: action !== 'search', animations: 'disabled', caret: 'hide' });
  await ctx.close();
  return png;
}
const cases = [];
for (const p of pages) for (const w of [375, 1280]) for (const s of ['light', 'dark']) cases.push([p, w, s, null, null]);
for (const p of ['/en/about/', '/zh/about/']) { cases.push([p, 1280, 'light', 'cite', null], [p, 375, 'dark', 'cite', null], [p, 1280, 'light', 'search', null], [p, 375, 'light', 'search', null], [p, 1280, 'light', 'theme', null], [p, 375, 'light', 'theme', null], [p, 1280, 'light', 'hover', null], [p, 1280, 'dark', 'focus', null], [p, 1280, 'light', null, 'print'], [p, 375, 'light', null, 'print']); }
cases.push(['/en/overview/', 1280, 'light', null, 'print']);
for (const [p, w, s, act, media] of cases) {
  const x = await shot(a, p, w, s, act, media), y = await shot(b, p, w, s, act, media);
  const same = x.equals(y);
  const name = `${p.replace(/\//g, '_')}-${w}-${s}-${act ?? ''}-${media ?? ''}`;
  if (!same) { writeFileSync(`/tmp/fw-shots/${name}-before.png`, x); writeFileSync(`/tmp/fw-shots/${name}-after.png`, y); }
  console.log(same ? 'SAME' : 'DIFF', name);
}
await browser.close(); await a.close(); await b.close();
