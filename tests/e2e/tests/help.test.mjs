import assert from 'node:assert/strict';
import { e2eTest, sendTextAndWaitForCard, waitForCard } from '../lib/index.mjs';

const COMMANDS = ['order', 'status', 'ticket', 'cancel', 'help'];

e2eTest('"help" answers with a card naming RegistryBot and its commands', { artifacts: 'help' }, async (harness) => {
  const { page } = harness;

  // Opening the chat adds the bot to it. Its welcome card must be in before "help" is sent, so
  // that it cannot be taken for the answer.
  await waitForCard(page);
  await harness.screenshot('welcome');

  const card = await sendTextAndWaitForCard(page, 'help', { containing: ['RegistryBot', ...COMMANDS] });
  await card.scrollIntoViewIfNeeded();
  await harness.screenshot();

  const text = await card.innerText();
  for (const word of ['RegistryBot', ...COMMANDS]) {
    assert.match(text, new RegExp(`\\b${word}\\b`), `the help card should mention "${word}"`);
  }
});
