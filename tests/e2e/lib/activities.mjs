// The Playground's recording of every activity both ways (--enable-events-recording): one JSON
// object per activity, with the request's headers and body and the answer's status and body,
// objects separated by lines of "---".
import fs from 'node:fs';
import { waitUntil } from './wait.mjs';

const TO_BOT = 'Microsoft 365 Agents Playground -> User Application';
const RECORDING_TIMEOUT_MS = 15_000;

/** Every recorded activity, in the order the Playground wrote them; [] before the file exists. */
export function recordedActivities(filePath) {
  if (!fs.existsSync(filePath)) return [];
  return fs
    .readFileSync(filePath, 'utf8')
    .split(/^---$/m)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .flatMap((chunk) => {
      try {
        return [JSON.parse(chunk)];
      } catch {
        return []; // the last one may be half-written
      }
    });
}

/** The activities the Playground sent to the bot (the bot's own posts are left out). */
export function activitiesToBot(filePath) {
  return recordedActivities(filePath).filter((entry) => entry.direction === TO_BOT);
}

/**
 * Activity ids the Playground used more than once within one conversation when sending to the
 * bot, which deduplicates on (conversation id, activity id): `[{ conversationId, id, types }]`.
 */
export function reusedActivityIds(filePath) {
  const seen = new Map();
  for (const { request } of activitiesToBot(filePath)) {
    const activity = request?.body ?? {};
    const key = `${activity.conversation?.id}\n${activity.id}`;
    const uses = seen.get(key) ?? { conversationId: activity.conversation?.id, id: activity.id, types: [] };
    uses.types.push(activity.name ? `${activity.type} ${activity.name}` : activity.type);
    seen.set(key, uses);
  }
  return [...seen.values()].filter((uses) => uses.types.length > 1 || !uses.id);
}

/** Counts of the activities sent to the bot, by type (and invoke name), e.g. { message: 3, 'invoke adaptiveCard/action': 12 }. */
export function activityCounts(filePath) {
  const counts = {};
  for (const { request } of activitiesToBot(filePath)) {
    const activity = request?.body ?? {};
    const kind = activity.name ? `${activity.type} ${activity.name}` : activity.type;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** Waits until the Playground has recorded its exchange with the bot for the activity with `id`; returns that entry. */
export function waitForRecordedActivity(filePath, id, { timeoutMs = RECORDING_TIMEOUT_MS } = {}) {
  return waitUntil(() => activitiesToBot(filePath).find((entry) => entry.request?.body?.id === id && entry.response), {
    what: `the Playground to record the bot's answer to activity ${id} in ${filePath}`,
    timeoutMs,
  });
}
