import fs from 'node:fs';
import path from 'node:path';
import { startProcess } from './child-process.mjs';
import { botDll } from './paths.mjs';
import { freePort } from './ports.mjs';
import { waitForHttpOk } from './wait.mjs';

const READY_TIMEOUT_MS = 60_000;

/**
 * Runs the built RegistryBot on a free loopback port with its data file in `dataDir`, and waits
 * until GET /healthz answers 200. Does not build: the dll must exist.
 */
export async function startBot({ dataDir, logPath }) {
  if (!fs.existsSync(botDll)) {
    throw new Error(
      `RegistryBot is not built: ${botDll} is missing. Run 'dotnet build RegistryBot.sln -c Release' ` +
        'at the repository root, or point E2E_BOT_DLL at the dll.',
    );
  }
  const url = `http://127.0.0.1:${await freePort()}`;
  const child = startProcess({
    name: 'bot',
    command: 'dotnet',
    args: [botDll, '--urls', url, `--Storage:Path=${path.join(dataDir, 'registrybot.db')}`],
    cwd: path.dirname(botDll),
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
