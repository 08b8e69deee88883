import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './paths.mjs';

/**
 * Names the files one test leaves in artifacts/: `<prefix>.<kind>` and `<prefix>-<step>.png`.
 * Those of an earlier run are removed, so that a stale screenshot cannot mislead. Prefixes must
 * not start with another test's prefix followed by a dash.
 */
export function artifactFiles(prefix) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = (name) => path.join(artifactsDir, name);
  for (const name of fs.readdirSync(artifactsDir)) {
    if (name.startsWith(`${prefix}.`) || (name.startsWith(`${prefix}-`) && name.endsWith('.png'))) {
      fs.rmSync(file(name), { force: true });
    }
  }
  return {
    botLog: file(`${prefix}.bot.log`),
    playgroundLog: file(`${prefix}.playground.log`),
    playgroundConsole: file(`${prefix}.playground-console.log`),
    activities: file(`${prefix}.activities.log`),
    browserConsole: file(`${prefix}.browser.log`),
    screenshot: (step) => file(step ? `${prefix}-${step}.png` : `${prefix}.png`),
  };
}

/** The last `lines` lines of a text file, or a note that it is missing. */
export function tailOf(filePath, lines = 60) {
  if (!fs.existsSync(filePath)) return '(not written)';
  const text = fs.readFileSync(filePath, 'utf8').trimEnd();
  return text === '' ? '(empty)' : text.split('\n').slice(-lines).join('\n');
}
