import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (Playwright cannot download browsers here). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

// CI sets REQUIRE_BROWSER=1 so that a missing browser fails the run instead of skipping the browser tests.
if (!hasChromium) {
  const message = `Chromium not found at ${chromiumPath}: browser tests are skipped. Install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`⚠ ${message}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
