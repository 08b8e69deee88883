export { e2eTest } from './e2e-test.mjs';
export { startHarness } from './harness.mjs';
export { FAST_STATUS_BOT_ARGS } from './bot.mjs';
export {
  cardCount,
  cards,
  describeCards,
  lastCard,
  openConversation,
  openPlayground,
  selectors,
  sendText,
  sendTextAndWaitForCard,
  waitForCard,
} from './chat.mjs';
export {
  cardInput,
  cardInputValue,
  cardRegion,
  cardText,
  clickCardButton,
  executeAndWaitForCardText,
  executeCardAction,
  fillCardInput,
  waitForCardText,
} from './cards.mjs';
export { activitiesToBot, activityCounts, recordedActivities, reusedActivityIds, waitForRecordedActivity } from './activities.mjs';
export { sendCustomActivity } from './mock-activity.mjs';
