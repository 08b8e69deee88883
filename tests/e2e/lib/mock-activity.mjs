// The Playground's "Mock an Activity" → "Custom activity" dialog: an editor, prefilled with an
// activity template for the open conversation, whose JSON the Playground sends to the bot as it
// stands. It is the Playground's one way to act as someone other than its current user.
import { isDeepStrictEqual } from 'node:util';

const TEMPLATE_PATH = '/_internal/v1/customActivities/template';
const SEND_PATH = '/_internal/v1/customActivities';

const isPath = (pathname) => (message) => new URL(message.url()).pathname === pathname;

/**
 * Sends an activity through the Custom activity dialog, in the conversation that is open.
 * `compose(template)` gets the Playground's template (a fresh `id`, this conversation, the bot as
 * `recipient`, the current user as `from`, `type` "<custom-activity-type>") and returns the
 * activity to send. The editor's text is replaced with it and "Send activity" pressed. Resolves
 * with the activity once the Playground took it; it goes on to the bot in the background (see
 * waitForRecordedActivity for the bot's answer).
 */
export async function sendCustomActivity(page, compose) {
  const templateAnswer = page.waitForResponse(isPath(TEMPLATE_PATH));
  await page.getByRole('button', { name: 'Mock an Activity' }).click();
  await page.getByRole('menuitem', { name: 'Custom activity' }).click();
  const template = await (await templateAnswer).json();
  const activity = compose(structuredClone(template));

  const dialog = page.getByRole('dialog').filter({ hasText: 'Custom activity' });
  await dialog.locator('.monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // One line, inserted at once: typed, the editor would add closing brackets and indentation.
  await page.keyboard.insertText(JSON.stringify(activity));

  const sent = page.waitForRequest((request) => request.method() === 'POST' && isPath(SEND_PATH)(request));
  const taken = page.waitForResponse((response) => response.request().method() === 'POST' && isPath(SEND_PATH)(response));
  await dialog.getByRole('button', { name: 'Send activity' }).click();
  const request = await sent;
  const body = request.postDataJSON();
  if (!isDeepStrictEqual(body, activity)) {
    throw new Error(`The Custom activity editor sent something else than was typed:\n${JSON.stringify(body)}`);
  }
  const response = await taken;
  if (!response.ok()) throw new Error(`The Playground refused the custom activity: HTTP ${response.status()}`);
  await dialog.waitFor({ state: 'hidden' });
  return body;
}
