// The order waterfall in the personal chat, every step clicked and typed as a person would, then
// the order's status updates arriving by themselves.
import assert from 'node:assert/strict';
import {
  FAST_STATUS_BOT_ARGS,
  cardInputValue,
  cardRegion,
  cardText,
  cards,
  e2eTest,
  executeAndWaitForCardText,
  executeCardAction,
  fillCardInput,
  sendTextAndWaitForCard,
  waitForCard,
  waitForCardText,
} from '../lib/index.mjs';

const TRUSTED_SOURCES = 'Trusted sources (IP addresses or CIDR ranges)';
const TERMS = 'I have read and accept the terms and agreements above.';
const STATUS_TIMEOUT_MS = 45_000; // placed → processing 2 s → DONE 3 s later, polled every second

e2eTest(
  'an order in the personal chat: every step, errors corrected, Back, Edit, placed, and its status updates arrive',
  { artifacts: 'order', botArgs: FAST_STATUS_BOT_ARGS },
  async (harness) => {
    const { page } = harness;
    await waitForCard(page, { containing: ['Welcome to RegistryBot'] });

    // Step 1: the service.
    const card = await sendTextAndWaitForCard(page, 'order', { containing: ['Step 1 of 7', 'Service type'] });
    await harness.screenshot('1-service', { card, readme: 'order-first-card' });
    await fillCardInput(card, 'Service type', 'Harbor');
    const first = await executeAndWaitForCardText(card, 'Next', 'Step 2 of 7: Node size');
    const draftId = first.request.value.action.data.draftId;
    assert.match(draftId, /^DRF-/);

    // Step 2: the node size; the smallest is recommended.
    assert.match(await cardText(card), /Small: 2 vCPU, 8 GB RAM.*\(recommended to start\)/);
    await fillCardInput(card, 'Node size', 'Medium');
    await harness.screenshot('2-node-size', { card });
    await executeAndWaitForCardText(card, 'Next', 'Step 3 of 7: Storage');

    // Step 3: storage. The Playground's number field keeps to the card's min and max by itself
    // (49 becomes 50 as the field is left), so the bot's own "below the minimum" check cannot be
    // reached from this client; a fraction gets through to the bot, which refuses it.
    await fillCardInput(card, 'Storage (GB)', 49);
    assert.equal(await cardInputValue(card, 'Storage (GB)'), '50', 'the Playground clamps to the card\'s min');
    await fillCardInput(card, 'Storage (GB)', '120.5');
    await executeAndWaitForCardText(card, 'Next', 'must be a whole number of GB');
    assert.match(await cardText(card), /Step 3 of 7: Storage Storage "120\.5" must be a whole number of GB\./);
    await harness.screenshot('3-storage-error', { card });
    await fillCardInput(card, 'Storage (GB)', 100);
    await executeAndWaitForCardText(card, 'Next', 'Step 4 of 7: Trusted sources');

    // Step 4: trusted sources. A private range and a documentation address are refused by name,
    // the text typed stays in the field; public ones pass, a range with host bits set is normalised.
    await fillCardInput(card, TRUSTED_SOURCES, '10.0.0.0/8');
    await executeAndWaitForCardText(card, 'Next', '"10.0.0.0/8" is a private range');
    assert.match(await cardText(card), /Step 4 of 7: Trusted sources/);
    assert.equal(await cardInputValue(card, TRUSTED_SOURCES), '10.0.0.0/8');
    await harness.screenshot('4-trusted-sources-private', { card, readme: 'trusted-sources-error' });

    await fillCardInput(card, TRUSTED_SOURCES, '123.123.123.123\n203.0.113.10');
    await executeAndWaitForCardText(card, 'Next', '"203.0.113.10" is in 203.0.113.0/24, a documentation range');
    assert.doesNotMatch(await cardText(card), /"123\.123\.123\.123"/, 'only the refused entry is named');
    await harness.screenshot('4-trusted-sources-documentation', { card });

    // Back, twice: each earlier step comes back with what was stored.
    await executeAndWaitForCardText(card, 'Back', 'Step 3 of 7: Storage');
    assert.equal(await cardInputValue(card, 'Storage (GB)'), '100');
    await harness.screenshot('5-back-to-storage', { card });
    await executeAndWaitForCardText(card, 'Back', 'Step 2 of 7: Node size');
    assert.match(await cardInputValue(card, 'Node size'), /^Medium: 4 vCPU, 16 GB RAM/);
    await executeAndWaitForCardText(card, 'Next', 'Step 3 of 7: Storage');
    await executeAndWaitForCardText(card, 'Next', 'Step 4 of 7: Trusted sources');

    await fillCardInput(card, TRUSTED_SOURCES, '123.123.123.123\n222.222.222.130/28');
    await executeAndWaitForCardText(card, 'Next', 'Step 5 of 7: Region');

    // Steps 5 and 6: region and billing profile, with a Back in between.
    await fillCardInput(card, 'Region', 'Germany West 2 (Düsseldorf)');
    await executeAndWaitForCardText(card, 'Next', 'Step 6 of 7: Billing profile');
    await executeAndWaitForCardText(card, 'Back', 'Step 5 of 7: Region');
    assert.equal(await cardInputValue(card, 'Region'), 'Germany West 2 (Düsseldorf)');
    await executeAndWaitForCardText(card, 'Next', 'Step 6 of 7: Billing profile');
    await fillCardInput(card, 'Billing profile', 'Engineering cost centre (BP-1002)');
    await executeAndWaitForCardText(card, 'Next', 'Step 7 of 7: Summary');

    let summary = await cardText(card);
    for (const expected of [
      'Service type Harbor',
      'Node size Medium: 4 vCPU, 16 GB RAM',
      'Storage 100 GB',
      'Trusted sources 123.123.123.123/32, 222.222.222.128/28',
      'Region Germany West 2 (Düsseldorf)',
      'Billing profile Engineering cost centre (BP-1002)',
      '"222.222.222.130/28" has host bits set: using 222.222.222.128/28',
    ]) {
      assert.ok(summary.includes(expected), `the summary should show "${expected}": ${summary}`);
    }
    await harness.screenshot('7-summary', { card });

    // Edit the region from the summary: its step comes pre-filled, and Next leads straight back.
    await executeCardAction(cardRegion(card, 'Region', 'Edit'), 'Edit');
    await waitForCardText(card, 'Step 5 of 7: Region');
    assert.equal(await cardInputValue(card, 'Region'), 'Germany West 2 (Düsseldorf)');
    await fillCardInput(card, 'Region', 'Germany West 1 (Cologne)');
    await executeAndWaitForCardText(card, 'Next', 'Step 7 of 7: Summary');
    summary = await cardText(card);
    assert.ok(summary.includes('Region Germany West 1 (Cologne)'), summary);
    assert.ok(!summary.includes('Düsseldorf'), summary);
    assert.ok(summary.includes('Billing profile Engineering cost centre (BP-1002)'), summary);
    await harness.screenshot('7-summary-edited', { card, readme: 'summary' });

    // Accept the terms and order.
    await fillCardInput(card, TERMS, true);
    const placed = await executeAndWaitForCardText(card, 'Order now', 'Status: new');
    assert.equal(placed.request.value.action.data.acceptTerms, 'true');
    const [orderId] = (await cardText(card)).match(/ORD-[0-9A-Z]+/) ?? [];
    assert.ok(orderId, 'the status card names the order');
    assert.match(await cardText(card), new RegExp(`Order ${orderId} Status: new .*Region Germany West 1 \\(Cologne\\)`));
    await harness.screenshot('8-placed', { card });

    // No one does anything: processing, then DONE, each arrive as a new message...
    const since = await cards(page).count();
    const processing = await waitForCard(page, {
      containing: [`Order ${orderId}`, 'Status: processing'],
      since,
      timeoutMs: STATUS_TIMEOUT_MS,
    });
    await harness.screenshot('9-processing', { card: processing });
    const done = await waitForCard(page, { containing: [`Order ${orderId}`, 'Status: DONE'], since, timeoutMs: STATUS_TIMEOUT_MS });
    assert.match(await cardText(done), /Congratulations, your Harbor registry is ready\./);
    assert.match(await cardText(done), /Timeline new .* processing .* DONE /);
    await harness.screenshot('10-done', { card: done, readme: 'status-done' });
    // ...and the card the order was placed from is brought up to date in place.
    await waitForCardText(card, 'Status: DONE');

    // "status" lists the order.
    const list = await sendTextAndWaitForCard(page, 'status', { containing: ['Your orders', orderId] });
    assert.match(await cardText(list), new RegExp(`${orderId}: DONE Medium, 100 GB, Germany West 1 \\(Cologne\\)`));
    await harness.screenshot('11-status-list', { card: list });

    // One message per status: the placed card (updated), processing, DONE, then the list.
    const texts = (await cards(page).allInnerTexts()).slice(since - 1);
    assert.deepEqual(
      texts.map((text) => (text.match(/Status: (\w+)/) ?? text.match(/Your orders/))[0]),
      ['Status: DONE', 'Status: processing', 'Status: DONE', 'Your orders'],
    );
  },
);
