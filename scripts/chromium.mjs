// Headless Chromium as the project runs it, for the browser tests and the bench alike: Debian's Chromium
// (Playwright cannot download browsers here) unless CHROMIUM_PATH says otherwise, with the flags the
// project's machines need.
//
// Its headless shell (Debian's chromium-headless-shell, built from the same source as chromium) is what
// Playwright itself launches for headless runs: the same Blink without the browser around it. Here it runs the
// browser tests in half the time of the full browser, which also, after some tests, drew charts 10–20 times
// slower for the rest of the run (README, "Tests"). Lighthouse measures the full browser (lighthouserc.cjs).
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell';

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
