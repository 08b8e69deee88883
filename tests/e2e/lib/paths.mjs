import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(e2eDir, '..', '..');
export const artifactsDir = path.join(e2eDir, 'artifacts');

/**
 * The built bot: a dll, run with `dotnet`, or a published executable. E2E_BOT (absolute, or relative
 * to the repository root) points elsewhere than the Release build.
 */
export const botApp = path.resolve(repoRoot, process.env.E2E_BOT || 'src/RegistryBot/bin/Release/net10.0/RegistryBot.dll');

export const playgroundCli = path.join(e2eDir, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
export const loopbackPreload = path.join(e2eDir, 'lib', 'bind-loopback.cjs');
export const chromiumPath = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
