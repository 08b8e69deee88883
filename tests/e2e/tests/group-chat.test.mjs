// An order form in a group chat belongs to the member who started it: another member's button
// presses are refused and change nothing.
//
// How a second member acts in the Agents Playground 0.2.28: its page always acts as one user,
// the configuration's currentUser (Alex Wilber, user-id-0), fixed when the Playground starts;
// nothing on the page switches it, and "Mock an Activity" → "Add user" only sends a
// conversationUpdate about that same user. The group chat's other members (Megan Bowen,
// user-id-1, and others) can act only through "Mock an Activity" → "Custom activity": a dialog
// whose editor holds an activity template for the open conversation (a fresh id, the bot as
// recipient) and sends the JSON as it stands. So here Megan's "press" of Alex's card is that
// dialog sending the invoke the Playground itself generated for Alex's own press of the same card
// (same conversation, card message id, channel data), with Megan as `from`, a fresh id, and the
// card's action data for her press. The bot's answer to it is not drawn on the page (the
// Playground only logs it), so it is read from the Playground's recording of the exchange.
import assert from 'node:assert/strict';
import {
  activitiesToBot,
  cardInputValue,
  e2eTest,
  executeAndWaitForCardText,
  fillCardInput,
  openConversation,
  sendCustomActivity,
  sendTextAndWaitForCard,
  waitForCard,
  waitForRecordedActivity,
} from '../lib/index.mjs';

const BOT = 'Test Bot';
const MEGAN = { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021' };
const REFUSAL = 'This order form belongs to Alex Wilber, so only they can use its buttons.';

/**
 * Megan presses `title` on the card that `model` (an invoke the Playground sent for Alex's press
 * of that card) came from, with `data` as the card would send it; returns the bot's answer.
 */
async function meganPresses(harness, model, title, verb, data) {
  const sent = await sendCustomActivity(harness.page, (template) => ({
    ...model,
    id: template.id,
    timestamp: template.timestamp,
    localTimestamp: template.timestamp,
    from: MEGAN,
    value: { action: { type: 'Action.Execute', title, verb, data } },
  }));
  const { response } = await waitForRecordedActivity(harness.files.activities, sent.id);
  assert.equal(response.statusCode, 200, `the bot should answer Megan's "${title}": ${JSON.stringify(response)}`);
  return response.body;
}

e2eTest(
  'a group chat: another member pressing the first member\'s order card is refused and the draft stays as it was',
  { artifacts: 'group-chat' },
  async (harness) => {
    const { page } = harness;
    await waitForCard(page, { containing: ['Welcome to RegistryBot'] }); // personal chat

    await openConversation(page, 'Group Chat');
    await waitForCard(page, { containing: ['Welcome to RegistryBot'] });

    // Alex @mentions the bot with "order" and answers the first step.
    const card = await sendTextAndWaitForCard(page, 'order', { mention: BOT, containing: ['Step 1 of 7'] });
    await fillCardInput(card, 'Service type', 'Harbor');
    const alexNext = await executeAndWaitForCardText(card, 'Next', 'Step 2 of 7: Node size');
    const { draftId } = alexNext.request.value.action.data;
    assert.equal(alexNext.request.from.id, 'user-id-0');
    await harness.screenshot('1-alex-at-step-2', { card });

    const model = activitiesToBot(harness.files.activities)
      .map((entry) => entry.request.body)
      .findLast((activity) => activity.type === 'invoke' && activity.value?.action?.data?.draftId === draftId);
    assert.equal(model.conversation.conversationType, 'groupChat');
    assert.equal(model.from.id, 'user-id-0');

    // Megan presses Next (having picked Large) and then Cancel on Alex's card: both refused.
    const next = await meganPresses(harness, model, 'Next', 'order.next', { draftId, step: 'nodeSize', nodeSize: 'large' });
    assert.equal(next.type, 'application/vnd.microsoft.activity.message', JSON.stringify(next));
    assert.match(next.value, new RegExp(`^${REFUSAL.replace(/[.()]/g, '\\$&')}`));
    const cancel = await meganPresses(harness, model, 'Cancel', 'order.cancel', { draftId, step: 'nodeSize' });
    assert.equal(cancel.type, 'application/vnd.microsoft.activity.message', JSON.stringify(cancel));
    assert.ok(cancel.value.startsWith(REFUSAL), cancel.value);
    // The page shows the answers only in its Log Panel: Alex's invoke, then Megan's two.
    await page.getByText('invoke 200').nth(2).click();
    await page.getByRole('tab', { name: 'Response' }).click();
    await page.getByText(REFUSAL, { exact: false }).first().waitFor();
    await harness.screenshot('2-megan-refused', { card });

    // The draft is where Alex left it: "order" shows its current step, with nothing chosen by Megan...
    const again = await sendTextAndWaitForCard(page, 'order', { mention: BOT, containing: ['Step 2 of 7: Node size'] });
    assert.notEqual(await cardInputValue(again, 'Node size'), 'Large: 8 vCPU, 32 GB RAM, 359.00 EUR per month');
    // ...and Alex carries on from the same step on the first card.
    await fillCardInput(card, 'Node size', 'Small');
    await executeAndWaitForCardText(card, 'Next', 'Step 3 of 7: Storage');
    await executeAndWaitForCardText(card, 'Back', 'Step 2 of 7: Node size');
    assert.match(await cardInputValue(card, 'Node size'), /^Small: /);
    await harness.screenshot('3-alex-continues', { card });
  },
);
