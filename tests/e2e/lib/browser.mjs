import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LAUNCH_TIMEOUT_MS = 60_000;
const ACTION_TIMEOUT_MS = 30_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Launches Debian's chromium headless with a fresh profile in `userDataDir`. Requests that leave
 * the machine are refused (the Playground page asks a CDN for fonts). The page's console and
 * errors go to `consoleLogPath`.
 */
export async function launchBrowser({ userDataDir, consoleLogPath }) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 1000 },
    timeout: LAUNCH_TIMEOUT_MS,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await context.route((url) => !LOOPBACK_HOSTS.has(url.hostname), (route) => route.abort('blockedbyclient'));

  const consoleLog = fs.createWriteStream(consoleLogPath);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => consoleLog.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => consoleLog.write(`[pageerror] ${error.stack ?? error.message}\n`));

  return {
    page,
    async close() {
      await context.close().catch(() => {});
      consoleLog.end();
    },
  };
}
