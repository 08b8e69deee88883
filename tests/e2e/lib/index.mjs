export { e2eTest } from './e2e-test.mjs';
export { startHarness } from './harness.mjs';
export {
  cardCount,
  cards,
  describeCards,
  lastCard,
  openPlayground,
  selectors,
  sendText,
  sendTextAndWaitForCard,
  waitForCard,
} from './chat.mjs';
export { cardInput, clickCardButton, executeCardAction, fillCardInput, waitForCardText } from './cards.mjs';
