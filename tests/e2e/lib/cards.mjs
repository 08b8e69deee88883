// Working inside one Adaptive Card as rendered by the Playground (Fluent UI controls).
import { lastCard } from './chat.mjs';

const INVOKE_PATH = '/_conversation/v1/invoke';
const CARD_TIMEOUT_MS = 30_000;
const INVOKE_SENT_TIMEOUT_MS = 5_000;

/** `target` is a card locator, or a page, meaning its newest card. */
function asCard(target) {
  return typeof target.goto === 'function' ? lastCard(target) : target;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Clicks the action button titled `title` (Action.Execute, Action.Submit, Action.ShowCard...). */
export async function clickCardButton(target, title) {
  await asCard(target).getByRole('button', { name: title, exact: true }).click();
}

/**
 * The part of a card that holds both the text `text` (a whole text block, such as a summary row's
 * title) and the button titled `title`, and nothing more than it needs: for example the row of a
 * list whose every row has an "Edit" button. Pass it to clickCardButton or executeCardAction.
 */
export function cardRegion(target, text, title) {
  const literal = (value) => (value.includes('"') ? `'${value}'` : `"${value}"`);
  return asCard(target).locator(
    `xpath=.//*[normalize-space(text())=${literal(text)}]/ancestor::*[.//button[@title=${literal(title)}]][1]`,
  );
}

/**
 * Clicks an Action.Execute button and waits for the bot's answer to the `adaptiveCard/action`
 * invoke. Returns the Playground's HTTP status and body: 200 with { type, value } when the bot
 * answered 200 (an answered error is type application/vnd.microsoft.error), 502 when the bot
 * failed; and `request`, what the page sent the Playground (`from`, `conversation`, `replyToId`:
 * the card's message id, `value.action` with the verb and the data merged with the inputs). A
 * card in the answer replaces the clicked card in place; an error is shown under the card (which
 * is drawn again, its inputs emptied).
 */
export async function executeCardAction(target, title, { timeoutMs = CARD_TIMEOUT_MS } = {}) {
  const card = asCard(target);
  const page = card.page();
  const isInvoke = (message) => message.method() === 'POST' && new URL(message.url()).pathname === INVOKE_PATH;
  const sent = page.waitForRequest(isInvoke, { timeout: INVOKE_SENT_TIMEOUT_MS });
  const answered = page.waitForResponse((response) => isInvoke(response.request()), { timeout: timeoutMs });
  sent.catch(() => {}); // both awaited below, unless the click fails
  answered.catch(() => {});
  await clickCardButton(card, title);
  let request;
  try {
    request = await sent;
  } catch {
    // The renderer checks required inputs and their formats itself, and then sends nothing.
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    throw new Error(`Clicking "${title}" sent no invoke; is an input missing or invalid? The card: ${text}`);
  }
  const response = await answered;
  return {
    status: response.status(),
    body: await response.json().catch(() => undefined),
    request: request.postDataJSON(),
  };
}

/**
 * executeCardAction, then waits until the card, replaced in place by the answer, shows `text`.
 * Fails unless the bot answered the invoke with 200. Returns what executeCardAction returns.
 */
export async function executeAndWaitForCardText(target, title, text, options = {}) {
  const card = asCard(target);
  const answer = await executeCardAction(card, title, options);
  if (answer.status !== 200 || answer.body?.type === 'application/vnd.microsoft.error') {
    throw new Error(`"${title}" was not answered with a card: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  await waitForCardText(card, text, options);
  return answer;
}

/** The card's text, its white space (line breaks included) folded into single blanks. */
export async function cardText(target) {
  return (await asCard(target).innerText()).replace(/\s+/g, ' ').trim();
}

/** Waits until the card's text contains `text` (for example after it was replaced in place). */
export async function waitForCardText(target, text, { timeoutMs = CARD_TIMEOUT_MS } = {}) {
  const card = asCard(target);
  await card.filter({ hasText: text }).waitFor({ timeout: timeoutMs });
  return card;
}

/** `<label for>` elements inside `scope` whose text is exactly `text` (a required input's label ends in " *"). */
function labelsNamed(scope, text) {
  return scope.locator('label[for]').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*\\*?\\s*$`) });
}

async function elementFor(scope, label) {
  return scope.locator(`[id="${await label.first().getAttribute('for')}"]`);
}

/** The input labelled `label`, else the one whose placeholder is `label`; waits for the card to show it. */
export async function cardInput(target, label, { timeoutMs = CARD_TIMEOUT_MS } = {}) {
  const card = asCard(target);
  const labels = labelsNamed(card, label);
  const byPlaceholder = card.getByPlaceholder(label, { exact: true });
  try {
    await labels.or(byPlaceholder).first().waitFor({ timeout: timeoutMs });
  } catch {
    const text = (await card.innerText().catch(() => '')).replace(/\s+/g, ' ');
    throw new Error(`The card has no input labelled "${label}". Its text: ${text}`);
  }
  return (await labels.count()) > 0 ? elementFor(card, labels) : byPlaceholder.first();
}

/**
 * Sets the input labelled `label`, whatever its kind:
 * - Input.Text, Input.Date ("2026-12-01"), Input.Time ("13:45"): a string;
 * - Input.Number: a number or a string. The Playground draws a spin button, which takes the value
 *   only when the field is left, and then clamps it to the card's min and max: the field is left
 *   here, so the value the card shows afterwards is the one an action sends.
 * - Input.Toggle: true or false;
 * - Input.ChoiceSet: a choice's title, or an array of titles when it is multi-select; the start
 *   of a title will do when only one choice starts so ("Small" for "Small: 2 vCPU, 8 GB RAM").
 */
export async function fillCardInput(target, label, value) {
  const input = await cardInput(target, label);
  switch (await inputKind(input)) {
    case 'toggle':
      return input.setChecked(Boolean(value));
    case 'options':
      return checkOptions(input, [value].flat());
    case 'dropdown':
      return pickFromDropdown(input, [value].flat());
    case 'number':
      await input.fill(String(value));
      return input.press('Tab');
    default:
      return input.fill(String(value));
  }
}

/**
 * What the input labelled `label` holds now: the text of a Text, Number, Date or Time input;
 * true or false for a Toggle; the title of the chosen choice of a ChoiceSet (an array of titles
 * when it is multi-select, undefined when nothing is chosen).
 */
export async function cardInputValue(target, label) {
  const input = await cardInput(target, label);
  switch (await inputKind(input)) {
    case 'toggle':
      return input.isChecked();
    case 'options':
      return input.evaluate((group) => {
        const chosen = [...group.querySelectorAll('input:checked')].map((option) =>
          group.querySelector(`label[for="${CSS.escape(option.id)}"]`)?.innerText.trim(),
        );
        return group.querySelector('input[type=checkbox]') ? chosen : chosen[0];
      });
    case 'dropdown': {
      const text = await input.inputValue();
      return (await input.getAttribute('aria-multiselectable')) === 'true' ? text.split(/,\s*/).filter(Boolean) : text || undefined;
    }
    default:
      return input.inputValue();
  }
}

function inputKind(input) {
  return input.evaluate((element) => {
    if (element.matches('input[type=checkbox]')) return 'toggle';
    if (element.matches('[role=spinbutton]')) return 'number';
    if (element.matches('[role=radiogroup]') || element.querySelector('input[type=checkbox]')) return 'options';
    const picker = element.closest('.fui-Combobox');
    if (picker && !picker.matches('.fui-TimePicker')) return 'dropdown';
    return 'text';
  });
}

/** A pattern for a choice's text: exactly `title`, or starting with it when `prefix`. */
function choicePattern(title, { prefix }) {
  return new RegExp(`^\\s*${escapeRegExp(title)}${prefix ? '' : '\\s*$'}`);
}

/** The one element of `candidates(pattern)` for `title`: an exact match, else the only one starting with it. */
async function findChoice(candidates, title, describe) {
  for (const prefix of [false, true]) {
    const matches = candidates(choicePattern(title, { prefix }));
    const count = await matches.count();
    if (count === 1 || (count > 1 && !prefix)) return matches.first();
    if (count > 1) throw new Error(`"${title}" starts several choices among: ${await describe()}`);
  }
  throw new Error(`No choice "${title}" among: ${await describe()}`);
}

/** An expanded ChoiceSet: radio buttons, or checkboxes when multi-select. */
async function checkOptions(group, titles) {
  for (const title of titles) {
    const label = await findChoice(
      (pattern) => group.locator('label[for]').filter({ hasText: pattern }),
      title,
      () => group.innerText(),
    );
    await (await elementFor(group, label)).check();
  }
}

/** A compact ChoiceSet: a combobox whose list (options, or checkable items when multi-select) opens in a popup. */
async function pickFromDropdown(combobox, titles) {
  const page = combobox.page();
  for (const title of titles) {
    if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click();
    const list = page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
    const choice = await findChoice(
      (pattern) => list.getByRole('option', { name: pattern }).or(list.getByRole('menuitemcheckbox', { name: pattern })),
      title,
      () => list.innerText(),
    );
    await choice.click();
  }
  if ((await combobox.getAttribute('aria-expanded')) === 'true') await combobox.press('Escape');
}
