import fs from 'node:fs';
import path from 'node:path';
import { startProcess } from './child-process.mjs';
import { botApp } from './paths.mjs';
import { freePort } from './ports.mjs';
import { waitForHttpOk } from './wait.mjs';

const READY_TIMEOUT_MS = 60_000;

/**
 * Settings that make the portal simulator and the status job quick enough for a test to watch an
 * order go new → processing → DONE (or failed, in "Germany North 2 (Hamburg)") in a few seconds.
 */
export const FAST_STATUS_BOT_ARGS = Object.freeze([
  '--Portal:Simulator:ProcessingAfter=00:00:02',
  '--Portal:Simulator:CompletedAfter=00:00:03',
  '--Portal:Simulator:FailRegions:0=de-north-2',
  '--StatusPolling:Interval=00:00:01',
]);

/**
 * Runs the built RegistryBot on a free loopback port with its data file in `dataDir`, and waits
 * until GET /healthz answers 200. `args` are added to its command line (configuration such as
 * `--StatusPolling:Interval=00:00:01`; later ones win). Does not build: the dll or executable must exist.
 */
export async function startBot({ dataDir, logPath, args = [] }) {
  if (!fs.existsSync(botApp)) {
    throw new Error(
      `RegistryBot is not built: ${botApp} is missing. Run 'dotnet build RegistryBot.sln -c Release' ` +
        'at the repository root, or point E2E_BOT at a build.',
    );
  }
  const url = `http://127.0.0.1:${await freePort()}`;
  const botArgs = ['--urls', url, `--Storage:Path=${path.join(dataDir, 'registrybot.db')}`, ...args];
  const runsWithDotnet = botApp.endsWith('.dll');
  const child = startProcess({
    name: 'bot',
    command: runsWithDotnet ? 'dotnet' : botApp,
    args: runsWithDotnet ? [botApp, ...botArgs] : botArgs,
    cwd: path.dirname(botApp),
    env: { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
    logPath,
  });
  try {
    await waitForHttpOk(`${url}/healthz`, { timeoutMs: READY_TIMEOUT_MS, child });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url, messagesEndpoint: `${url}/api/messages`, process: child };
}
