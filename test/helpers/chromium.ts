// Headless Chromium (Debian's package, driven by playwright-core) for tests that must see a page
// the way a browser does: the DOM after scripts ran, console errors, and every request it makes.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.SEALGATE_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
export const NO_CHROMIUM_MESSAGE = `Chromium is not installed at ${CHROMIUM_PATH}: browser checks skipped (install it with .ci/install-chromium.sh; CI always does)`;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** The file:// URL the page was loaded from. */
  url: string;
  /** Every request the page made, the page itself included. */
  requests: string[];
  /** Console errors, uncaught exceptions and failed requests (CSP violations are console errors). */
  problems: string[];
}

/**
 * Writes `html` to a file in a fresh temp folder and opens it from disk, as a person opening the
 * report would. Any request other than the file itself is recorded and aborted.
 */
export async function openHtml(
  browser: Browser,
  html: string,
  opts: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
): Promise<OpenedPage> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-'));
  const file = path.join(dir, 'report.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    offline: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, url, requests, problems };
}

/** A temp folder for screenshots; its path is printed so a person can look at them. */
export function screenshotDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'sg-shots-'));
}
