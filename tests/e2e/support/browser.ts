import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../../scripts/chromium.mjs';

export const hasChromium = existsSync(CHROMIUM_PATH);

// CI sets REQUIRE_BROWSER=1 so that a missing browser fails the run instead of skipping the browser tests.
if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: browser tests are skipped. Install it (apt-get install -y chromium-headless-shell fonts-noto-cjk) or set CHROMIUM_PATH.`;
  if (process.env.REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`⚠ ${message}`);
}

export const launchBrowser = (): Promise<Browser> => launchChromium();
