import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `probe` until it returns a truthy value, which is returned. Gives up after `timeoutMs`,
 * or at once when `abortIf` returns a reason (such as "the process exited").
 */
export async function waitUntil(probe, { what, timeoutMs, intervalMs = 250, abortIf = () => undefined }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    const reason = abortIf();
    if (reason) throw new Error(`Gave up waiting for ${what}: ${reason}`);
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await sleep(intervalMs);
  }
}

/** Waits until GET `url` answers 2xx; `child` (a started process) aborts the wait if it exits. */
export function waitForHttpOk(url, { timeoutMs, child }) {
  return waitUntil(
    async () => (await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok,
    { what: `${url} to answer 2xx`, timeoutMs, abortIf: () => child?.exitReason() },
  );
}
