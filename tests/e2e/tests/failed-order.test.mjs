// An order that fails (the simulator fails every order in Germany North 2 (Hamburg)), and a
// support ticket raised about it from the chat.
import assert from 'node:assert/strict';
import {
  FAST_STATUS_BOT_ARGS,
  cardText,
  cards,
  e2eTest,
  executeAndWaitForCardText,
  fillCardInput,
  sendTextAndWaitForCard,
  waitForCard,
  waitForCardText,
} from '../lib/index.mjs';

const STATUS_TIMEOUT_MS = 45_000;
const TICKET_PAGE = 'https://provider.example/support/ticket-create?order=';

e2eTest(
  'an order in Hamburg fails: the failed update links to the ticket page, and a ticket raised in the chat gets a TCK- reference',
  { artifacts: 'failed-order', botArgs: FAST_STATUS_BOT_ARGS },
  async (harness, t) => {
    const { page } = harness;
    await waitForCard(page, { containing: ['Welcome to RegistryBot'] });

    // An order for a first-time customer: a new billing profile adds a step.
    const card = await sendTextAndWaitForCard(page, 'order', { containing: ['Step 1 of 7'] });
    await fillCardInput(card, 'Service type', 'Harbor');
    await executeAndWaitForCardText(card, 'Next', 'Step 2 of 7');
    await fillCardInput(card, 'Node size', 'Small');
    await executeAndWaitForCardText(card, 'Next', 'Step 3 of 7');
    await fillCardInput(card, 'Storage (GB)', 50);
    await executeAndWaitForCardText(card, 'Next', 'Step 4 of 7');
    await fillCardInput(card, 'Trusted sources (IP addresses or CIDR ranges)', '123.123.123.123');
    await executeAndWaitForCardText(card, 'Next', 'Step 5 of 7');
    await fillCardInput(card, 'Region', 'Germany North 2 (Hamburg)');
    await executeAndWaitForCardText(card, 'Next', 'Step 6 of 7: Billing profile');
    await fillCardInput(card, 'Billing profile', 'New billing profile');
    await executeAndWaitForCardText(card, 'Next', 'Step 7 of 8: New billing profile');
    await fillCardInput(card, 'Company', 'Contoso Container GmbH');
    await fillCardInput(card, 'Invoice e-mail', 'invoices@contoso.example');
    await fillCardInput(card, 'Billing address', 'Hafenstraße 1\n20457 Hamburg');
    await executeAndWaitForCardText(card, 'Next', 'Step 8 of 8: Summary');
    assert.match(await cardText(card), /Region Germany North 2 \(Hamburg\) Edit Billing profile New billing profile Edit/);

    await fillCardInput(card, 'I have read and accept the terms and agreements above.', true);
    await executeAndWaitForCardText(card, 'Order now', 'Status: new');
    const [orderId] = (await cardText(card)).match(/ORD-[0-9A-Z]+/) ?? [];
    assert.ok(orderId, 'the status card names the order');
    assert.match(await cardText(card), /Billing profile New: Contoso Container GmbH, invoices@contoso\.example/);

    // The failed update arrives by itself, says why, and offers both ways to a ticket.
    const since = await cards(page).count();
    const failed = await waitForCard(page, {
      containing: [`Order ${orderId}`, 'Status: failed'],
      since,
      timeoutMs: STATUS_TIMEOUT_MS,
    });
    assert.match(await cardText(failed), /What went wrong: The region de-north-2 has no capacity/);
    assert.match(await cardText(failed), /Timeline new .* processing .* failed /);
    await harness.screenshot('1-failed', { card: failed, readme: 'status-failed' });
    await waitForCardText(card, 'Status: failed'); // the placed card, updated in place

    // "Open a support ticket" (Action.OpenUrl) opens the provider's ticket page for this order.
    const link = failed.getByRole('link', { name: 'Open a support ticket' });
    assert.equal(await link.getAttribute('title'), `${TICKET_PAGE}${orderId}`);
    const opened = page.context().waitForEvent('request', { predicate: (request) => request.url().includes(orderId) });
    const popup = page.context().waitForEvent('page');
    await link.click();
    assert.equal((await opened).url(), `${TICKET_PAGE}${orderId}`);
    await (await popup).close(); // nothing leaves the machine: the harness refuses non-loopback requests

    // "Raise a ticket here": the card asks for a description, then answers with the ticket's reference.
    await executeAndWaitForCardText(failed, 'Raise a ticket here', `Support ticket for order ${orderId}`);
    await fillCardInput(failed, 'Description', 'The registry was never provisioned in Hamburg. Can you place it in Cologne instead?');
    await harness.screenshot('2-ticket-form', { card: failed });
    const submitted = await executeAndWaitForCardText(failed, 'Open ticket', 'opened');
    assert.equal(submitted.request.value.action.verb, 'ticket.submit');
    const created = await cardText(failed);
    const [reference] = created.match(/TCK-\d+/) ?? [];
    assert.ok(reference, `the answer names the ticket: ${created}`);
    assert.match(created, new RegExp(`Ticket ${reference} opened .* about order ${orderId}`));
    await harness.screenshot('3-ticket-created', { card: failed, readme: 'ticket-created' });

    // "status" lists the order as failed.
    const list = await sendTextAndWaitForCard(page, 'status', { containing: ['Your orders', orderId] });
    assert.match(await cardText(list), new RegExp(`${orderId}: failed`));

    // The contract: "A failed card carries an Action.OpenUrl to the provider's ticket page ... and
    // an Action.Execute ticket.open", whichever way the card was asked for.
    await t.test(
      `"status ${orderId}" of a failed order offers "Raise a ticket here"`,
      async () => {
        const status = await sendTextAndWaitForCard(page, `status ${orderId}`, { containing: [`Order ${orderId}`, 'Status: failed'] });
        await harness.screenshot('4-status-command', { card: status });
        assert.equal(await status.getByRole('link', { name: 'Open a support ticket' }).count(), 1);
        assert.equal(await status.getByRole('button', { name: 'Raise a ticket here' }).count(), 1);
      },
    );
  },
);
