import { startProcess } from './child-process.mjs';
import { loopbackPreload, playgroundCli } from './paths.mjs';
import { freePort } from './ports.mjs';
import { waitForHttpOk } from './wait.mjs';

const READY_TIMEOUT_MS = 30_000;
const PORT_ATTEMPTS = 3;

/** The command line that runs the Agents Playground against `botEndpoint` on `port`, loopback only. */
export function playgroundCommand({ botEndpoint, port }) {
  return {
    command: process.execPath,
    args: [
      '--require', loopbackPreload,
      playgroundCli,
      '--app-endpoint', botEndpoint,
      '--channel-id', 'msteams',
      '--port', String(port),
      // Its default, http://localhost:<port>/_connector, would make the bot try ::1 first.
      '--service-url', `http://127.0.0.1:${port}/_connector`,
      '--disable-telemetry',
    ],
    // Without TEAMSAPPTESTER_BROWSER=none it tries to open a desktop browser and dies.
    env: { TEAMSAPPTESTER_BROWSER: 'none' },
  };
}

class PortTakenError extends Error {}

/**
 * Starts the Agents Playground (Teams emulator and mock connector service) on a free port,
 * pointed at `botEndpoint`. Its stdout and stderr go to `logPath`, its own log to
 * `playgroundLogPath`, and every activity both ways (headers, bodies, statuses) to `activitiesPath`.
 */
export async function startPlayground(options) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnFreePort(options);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === PORT_ATTEMPTS) throw error;
    }
  }
}

async function startOnFreePort({ botEndpoint, workDir, logPath, playgroundLogPath, activitiesPath }) {
  const port = await freePort();
  const { command, args, env } = playgroundCommand({ botEndpoint, port });
  const child = startProcess({
    name: 'playground',
    command,
    args: [...args, '--enable-events-recording'],
    // It reads .m365agentsplayground.yml from its working directory and writes devTools/ there.
    cwd: workDir,
    env: {
      ...env,
      M365_AGENTS_PLAYGROUND_LOGFILE: playgroundLogPath,
      M365_AGENTS_PLAYGROUND_RECORDING_FILE: activitiesPath,
    },
    logPath,
  });
  try {
    // When the port is taken it quietly picks another, and the service URL given above would be wrong.
    const [, listening] = await child.waitForOutput(/Listening on (\d+)/, { timeoutMs: READY_TIMEOUT_MS });
    if (Number(listening) !== port) {
      throw new PortTakenError(`The Playground was given port ${port} but listens on ${listening}.`);
    }
    const url = `http://127.0.0.1:${port}`;
    await waitForHttpOk(`${url}/`, { timeoutMs: READY_TIMEOUT_MS, child });
    return { url, port, serviceUrl: `${url}/_connector`, process: child };
  } catch (error) {
    await child.stop();
    throw error;
  }
}
