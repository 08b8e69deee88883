import { test } from 'node:test';
import { reusedActivityIds } from './activities.mjs';
import { startHarness } from './harness.mjs';

const DEFAULT_TIMEOUT_MS = 240_000;

/**
 * A node:test test that gets a fresh harness (bot, Playground, chromium on the personal chat).
 * `artifacts` prefixes its files in artifacts/; `botArgs` are added to the bot's command line
 * (for example FAST_STATUS_BOT_ARGS). When the test fails or times out the logs are printed; in
 * every case the processes are stopped.
 */
export function e2eTest(name, { artifacts, botArgs = [], timeoutMs = DEFAULT_TIMEOUT_MS }, body) {
  test(name, { timeout: timeoutMs }, async (t) => {
    const harness = await startHarness(artifacts, { botArgs });
    let running = true;
    let reported = false;
    const reportOnce = async () => {
      if (reported) return;
      reported = true;
      await harness.reportFailure();
    };
    // node:test gives up on a timed-out test without unwinding it: report and stop from here.
    const onAbort = () => {
      if (running) reportOnce().finally(() => harness.stop());
    };
    t.signal.addEventListener('abort', onAbort, { once: true });

    try {
      await body(harness, t);
    } catch (error) {
      await reportOnce();
      throw error;
    } finally {
      running = false;
      t.signal.removeEventListener('abort', onAbort);
      await harness.stop();
    }
    assertDistinctActivityIds(harness.files.activities);
  });
}

/**
 * The bot takes an activity whose (conversation id, activity id) it has seen before for a
 * redelivery, and only replays its first answer. That the Playground never reuses an id within a
 * conversation is checked after every test, on everything it sent the bot.
 */
function assertDistinctActivityIds(recording) {
  const reused = reusedActivityIds(recording);
  if (reused.length > 0) {
    const list = reused.map(({ conversationId, id, types }) => `${id ?? '(no id)'} in ${conversationId}: ${types.join(', ')}`);
    throw new Error(`The Playground sent activities with a reused or missing id (see ${recording}):\n${list.join('\n')}`);
  }
}
