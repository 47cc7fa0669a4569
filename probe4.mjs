import { readFileSync } from 'node:fs';
import { serveStatic } from '/work/main/scripts/serve-static.mjs';
import { launchChromium } from '/work/main/scripts/chromium.mjs';
const cpu = () => { const f = readFileSync('/proc/stat','utf8').split('\n')[0].split(/\s+/).slice(1).map(Number); return f[0]+f[1]+f[2]+f[5]+f[6]; };
const site = await serveStatic('/work/main/dist', '/');
const browser = await launchChromium();
const paths = ['/en/overview/','/zh/overview/','/en/grassroots-governance/','/en/about/','/zh/source/','/zh/glossary/'];
async function fresh(path){ const ctx = await browser.newContext({viewport:{width:375,height:812}}); const page = await ctx.newPage(); await page.goto(site.url(path)); await page.locator('html[data-enhanced]').waitFor({state:'attached'}); await ctx.close(); }
for (const p of paths) await fresh(p);
let c=cpu(), t=Date.now();
for (let i=0;i<2;i++) for (const p of paths) await fresh(p);
console.log('fresh: cpu ticks/page', (cpu()-c)/12, 'ms/page', (Date.now()-t)/12);
const ctx = await browser.newContext({viewport:{width:375,height:812}}); const page = await ctx.newPage();
c=cpu(); t=Date.now();
for (let i=0;i<2;i++) for (const p of paths) { await page.goto(site.url(p)); await page.locator('html[data-enhanced]').waitFor({state:'attached'}); }
console.log('reuse: cpu ticks/page', (cpu()-c)/12, 'ms/page', (Date.now()-t)/12);
c=cpu(); t=Date.now();
for (let i=0;i<2;i++) for (const p of paths) { const pg = await ctx.newPage(); await pg.goto(site.url(p)); await pg.locator('html[data-enhanced]').waitFor({state:'attached'}); await pg.close(); }
console.log('newpage same ctx: cpu ticks/page', (cpu()-c)/12, 'ms/page', (Date.now()-t)/12);
await browser.close(); await site.close();
