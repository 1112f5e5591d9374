import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_PATH, requireOrSkip } from './services';

// Debian's Chromium driven by playwright-core (no browser download). Flags keep it off the closed network.

export const chromiumAvailable = () => requireOrSkip(existsSync(CHROMIUM_PATH), `Chromium at ${CHROMIUM_PATH}`);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A phone-sized page, the way most of our shoppers see the store. */
export async function phonePage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'vi-VN',
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}
