import { test } from 'node:test';
import { startHarness } from './harness.mjs';

const DEFAULT_TIMEOUT_MS = 240_000;

/**
 * A node:test test that gets a fresh harness (bot, Playground, chromium on the personal chat).
 * `artifacts` prefixes its files in artifacts/. When the test fails or times out the logs are
 * printed; in every case the processes are stopped.
 */
export function e2eTest(name, { artifacts, timeoutMs = DEFAULT_TIMEOUT_MS }, body) {
  test(name, { timeout: timeoutMs }, async (t) => {
    const harness = await startHarness(artifacts);
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
  });
}
