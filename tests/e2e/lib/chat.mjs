// The Playground's chat pane: the message box, and the Adaptive Cards the bot posts into it.

export const selectors = {
  messageBox: '[contenteditable=true]',
  card: '.ac-adaptiveCard',
};

const REPLY_TIMEOUT_MS = 30_000;
const SENT_MESSAGE_PATH = /^\/_conversation\/v1\/conversations\/[^/]+\/messages$/;

/** Opens the Playground, which makes it send installationUpdate and conversationUpdate to the bot. */
export async function openPlayground(page, url) {
  await page.goto(url);
  await page.locator(selectors.messageBox).first().waitFor({ state: 'visible' });
}

/** Every card in the open conversation, oldest first. Cards updated in place keep their position. */
export function cards(page) {
  return page.locator(selectors.card);
}

export function lastCard(page) {
  return cards(page).last();
}

export function cardCount(page) {
  return cards(page).count();
}

/**
 * Opens another conversation than the one shown, from the list on the left: 'Personal Chat',
 * 'Group Chat', or a team channel such as 'General'. The first time, the Playground adds the bot
 * to it (the bot then posts its welcome card there). Only that conversation's messages are shown
 * afterwards; this resolves once the earlier conversation's cards are gone.
 */
export async function openConversation(page, name) {
  const shown = await page.locator(selectors.card).first().elementHandle({ timeout: 1_000 }).catch(() => null);
  await page.getByRole('treeitem').filter({ hasText: name }).first().click();
  if (shown) await page.waitForFunction((card) => !card.isConnected, shown);
  await page.locator(selectors.messageBox).first().waitFor({ state: 'visible' });
}

/**
 * Types `text` into the message box and presses Enter. With `mention` (the bot's name, 'Test
 * Bot'), an @mention of it is picked from the Playground's suggestions first, as a group chat or
 * channel needs. Resolves when the Playground has passed the message to the bot and the bot has
 * answered the HTTP request.
 */
export async function sendText(page, text, { mention } = {}) {
  const box = page.locator(selectors.messageBox).first();
  await box.click();
  if (mention) {
    await box.pressSequentially('@');
    const name = mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page.getByRole('menuitem').filter({ hasText: new RegExp(`^\\W*${name}\\s*$`) }).click();
    await box.pressSequentially(' ');
  }
  await box.pressSequentially(text);
  const delivered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && SENT_MESSAGE_PATH.test(new URL(response.url()).pathname),
  );
  await box.press('Enter');
  const response = await delivered;
  if (!response.ok()) {
    throw new Error(`The Playground did not take the message "${text}": HTTP ${response.status()}`);
  }
}

/**
 * Waits for a card, at position `since` or later, whose text contains every string in
 * `containing`, and returns a locator for it.
 */
export async function waitForCard(page, { containing = [], since = 0, timeoutMs = REPLY_TIMEOUT_MS } = {}) {
  const handle = await page
    .waitForFunction(
      ({ selector, containing, since }) => {
        const all = [...document.querySelectorAll(selector)];
        const index = all.findIndex((card, i) => i >= since && containing.every((text) => card.innerText.includes(text)));
        return index >= 0 ? { index } : null;
      },
      { selector: selectors.card, containing, since },
      { timeout: timeoutMs },
    )
    .catch(async (error) => {
      throw new Error(
        `No card ${since > 0 ? `after the first ${since} ` : ''}containing ${JSON.stringify(containing)} ` +
          `within ${timeoutMs} ms. Cards shown:\n${await describeCards(page)}`,
        { cause: error },
      );
    });
  const { index } = await handle.jsonValue();
  return cards(page).nth(index);
}

/** Sends `text` (see sendText for `mention`) and waits for a new card that contains every string in `containing`. */
export async function sendTextAndWaitForCard(page, text, { containing = [], timeoutMs, mention } = {}) {
  const since = await cardCount(page);
  await sendText(page, text, { mention });
  return waitForCard(page, { containing, since, timeoutMs });
}

/** The text of every card, numbered, for failure messages. */
export async function describeCards(page) {
  const texts = await cards(page).allInnerTexts();
  if (texts.length === 0) return '(none)';
  return texts.map((text, i) => `#${i}: ${text.replace(/\s+/g, ' ').trim()}`).join('\n');
}
