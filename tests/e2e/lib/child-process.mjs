import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitUntil } from './wait.mjs';

const KEPT_OUTPUT_CHARS = 256 * 1024;
const running = new Set();

// A test that times out or is interrupted never reaches its cleanup; these keep children from outliving it.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
}

/**
 * Starts a long-running child whose stdout and stderr go to `logPath`, watched by waitForOutput.
 * Returns a handle: waitForOutput, exitReason, stop.
 */
export function startProcess({ name, command, args, cwd, env, logPath }) {
  const log = fs.createWriteStream(logPath);
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);

  let output = '';
  let exit;
  const keep = (chunk) => {
    log.write(chunk);
    output = (output + chunk.toString()).slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      exit ??= `could not start ${command}: ${error.message}`;
      resolve();
    });
    child.once('close', (code, signal) => {
      exit ??= `${name} exited with ${signal ?? `code ${code}`}`;
      resolve();
    });
  }).finally(() => running.delete(child));

  return {
    name,
    pid: child.pid,

    /** Why the process is gone, or undefined while it runs. */
    exitReason: () => exit,

    /** Waits for a line matching `pattern` and returns the match. */
    waitForOutput: (pattern, { timeoutMs }) =>
      waitUntil(() => output.match(pattern), { what: `${name} to print ${pattern}`, timeoutMs, abortIf: () => exit }),

    /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone and its log is flushed. */
    async stop({ graceMs = 5_000 } = {}) {
      if (!exit) {
        child.kill('SIGTERM');
        const stopped = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
        if (!stopped) child.kill('SIGKILL');
        await exited;
      }
      if (!log.closed) {
        log.end();
        await once(log, 'close');
      }
    },
  };
}
