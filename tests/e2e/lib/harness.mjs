import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifactFiles, tailOf } from './artifacts.mjs';
import { startBot } from './bot.mjs';
import { launchBrowser } from './browser.mjs';
import { describeCards, openPlayground } from './chat.mjs';
import { startPlayground } from './playground.mjs';

/**
 * A real-client harness: the bot with an empty data file, the Playground pointed at it, and
 * chromium showing the Playground's personal chat. `stop()` always ends all three.
 */
export async function startHarness(prefix) {
  const files = artifactFiles(prefix);
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `registrybot-e2e-${prefix}-`));
  const stops = [];
  const harness = {
    files,
    bot: undefined,
    playground: undefined,
    page: undefined,

    /** Saves artifacts/<prefix>-<step>.png, or artifacts/<prefix>.png without a step. */
    async screenshot(step) {
      const filePath = files.screenshot(step);
      await harness.page.screenshot({ path: filePath, fullPage: true });
      return filePath;
    },

    /** Stops the browser, the Playground and the bot, in that order, and removes the temp folder. */
    async stop() {
      for (const stop of stops.splice(0).reverse()) {
        await stop().catch((error) => console.error(`cleanup: ${error.message}`));
      }
      // Chromium may still be writing its profile for a moment after it closed.
      fs.rmSync(tmpDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },

    /** Saves a failure screenshot and prints what the bot, the Playground and the page logged. */
    async reportFailure() {
      if (harness.page) {
        await harness.screenshot('failure').catch(() => {});
      }
      const cards = harness.page ? await describeCards(harness.page).catch(() => '(page gone)') : '(no page)';
      console.error(
        [
          `---- cards shown\n${cards}`,
          `---- bot (${files.botLog})\n${tailOf(files.botLog)}`,
          `---- playground (${files.playgroundLog})\n${tailOf(files.playgroundLog, 30)}`,
          `---- playground console (${files.playgroundConsole})\n${tailOf(files.playgroundConsole, 30)}`,
          `---- activities (${files.activities})\n${tailOf(files.activities, 120)}`,
          `---- browser console (${files.browserConsole})\n${tailOf(files.browserConsole, 30)}`,
        ].join('\n'),
      );
    },
  };

  try {
    const dataDir = path.join(tmpDir, 'data');
    fs.mkdirSync(dataDir);
    harness.bot = await startBot({ dataDir, logPath: files.botLog });
    stops.push(() => harness.bot.process.stop());

    harness.playground = await startPlayground({
      botEndpoint: harness.bot.messagesEndpoint,
      workDir: tmpDir,
      logPath: files.playgroundConsole,
      playgroundLogPath: files.playgroundLog,
      activitiesPath: files.activities,
    });
    stops.push(() => harness.playground.process.stop());

    const browser = await launchBrowser({
      userDataDir: path.join(tmpDir, 'chromium-profile'),
      consoleLogPath: files.browserConsole,
    });
    stops.push(() => browser.close());
    harness.page = browser.page;

    await openPlayground(harness.page, harness.playground.url);
    return harness;
  } catch (error) {
    await harness.reportFailure();
    await harness.stop();
    throw error;
  }
}
