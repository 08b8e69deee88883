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
 * Clicks an Action.Execute button and waits for the bot's answer to the `adaptiveCard/action`
 * invoke. Returns the Playground's HTTP status and body: 200 with { type, value } when the bot
 * answered 200 (an answered error is type application/vnd.microsoft.error), 502 when the bot
 * failed. A card in the answer replaces the clicked card in place; an error or a message is shown
 * under the card (after an error the card is drawn again, its inputs emptied).
 */
export async function executeCardAction(target, title, { timeoutMs = CARD_TIMEOUT_MS } = {}) {
  const card = asCard(target);
  const page = card.page();
  const isInvoke = (message) => message.method() === 'POST' && new URL(message.url()).pathname === INVOKE_PATH;
  const sent = page.waitForRequest(isInvoke, { timeout: INVOKE_SENT_TIMEOUT_MS });
  const answered = page.waitForResponse((response) => isInvoke(response.request()), { timeout: timeoutMs });
  answered.catch(() => {}); // awaited below, unless nothing was sent
  await clickCardButton(card, title);
  try {
    await sent;
  } catch {
    // The renderer checks required inputs and their formats itself, and then sends nothing.
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    throw new Error(`Clicking "${title}" sent no invoke; is an input missing or invalid? The card: ${text}`);
  }
  const response = await answered;
  return { status: response.status(), body: await response.json().catch(() => undefined) };
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
 * - Input.Text, Input.Number, Input.Date ("2026-12-01"), Input.Time ("13:45"): a string;
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
    default:
      return input.fill(String(value));
  }
}

function inputKind(input) {
  return input.evaluate((element) => {
    if (element.matches('input[type=checkbox]')) return 'toggle';
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
