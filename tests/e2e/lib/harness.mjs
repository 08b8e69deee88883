import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifactFiles, tailOf } from './artifacts.mjs';
import { startBot } from './bot.mjs';
import { launchBrowser } from './browser.mjs';
import { describeCards, openPlayground } from './chat.mjs';
import { repoRoot } from './paths.mjs';
import { startPlayground } from './playground.mjs';
import { readmeImagesWanted, saveReadmeImage } from './readme-images.mjs';

/**
 * A real-client harness: the bot with an empty data file, the Playground pointed at it, and
 * chromium showing the Playground's personal chat. `botArgs` go on the bot's command line.
 * `stop()` always ends all three.
 */
export async function startHarness(prefix, { botArgs = [] } = {}) {
  const files = artifactFiles(prefix);
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), `registrybot-e2e-${prefix}-`));
  const stops = [];
  const harness = {
    files,
    bot: undefined,
    playground: undefined,
    page: undefined,

    /**
     * Saves artifacts/<prefix>-<step>.png, or artifacts/<prefix>.png without a step; `card` is
     * scrolled into view first. With `readme` (a name) and E2E_README_IMAGES=1, `card` is also
     * saved, cropped, as docs/images/<readme>.png.
     */
    async screenshot(step, { card, readme } = {}) {
      const filePath = files.screenshot(step);
      if (card) await card.scrollIntoViewIfNeeded();
      await harness.page.screenshot({ path: filePath, fullPage: true });
      if (readme && card && readmeImagesWanted()) {
        const saved = await saveReadmeImage(harness.page, card, readme);
        console.log(`README image: ${path.relative(repoRoot, saved)} (${Math.round(fs.statSync(saved).size / 1024)} KB)`);
      }
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
    harness.bot = await startBot({ dataDir, logPath: files.botLog, args: botArgs });
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
