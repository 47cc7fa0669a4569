import { describe, expect, it } from 'vitest';
import { hasChromium, useBuiltSite } from './support/site';
import { templatePages } from './support/templates';

// Nothing a reader is looking at moves while the page finishes loading: buttons that wait for their script,
// charts that take the place of their tables. Layout shifts as Chromium reports them, summed (as CLS is).
const t = useBuiltSite();
const screens = [
  { width: 412, height: 823 }, // Lighthouse's phone
  { width: 1280, height: 800 },
];

describe.skipIf(!hasChromium)('layout shift while loading', () => {
  for (const viewport of screens) {
    it.each(templatePages())(`%s at ${viewport.width} px moves less than 0.01`, async (path) => {
      const initScript = () => {
        const shifts: { value: number; moved: string[] }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
            if (!entry.hadRecentInput)
              shifts.push({ value: entry.value, moved: entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      };
      const { page } = await t.open(path, { viewport, initScript });
      await page.waitForLoadState('networkidle');
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    });
  }
});
