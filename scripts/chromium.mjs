// Headless Chromium as the project runs it, for the browser tests and the bench alike: Debian's Chromium
// (Playwright cannot download browsers here) unless CHROMIUM_PATH says otherwise, with the flags the
// project's machines need.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @param {string[]} [extraFlags] */
export function launchChromium(extraFlags = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS, ...extraFlags], headless: true });
}
