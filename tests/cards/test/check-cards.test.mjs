import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../check-cards.mjs", import.meta.url));
const schema = process.env.ADAPTIVE_CARD_SCHEMA;
const folders = [];

after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function check(cards, env = {}) {
  const folder = mkdtempSync(join(tmpdir(), "check-cards-"));
  folders.push(folder);
  for (const [name, card] of Object.entries(cards)) {
    writeFileSync(join(folder, `${name}.json`), typeof card === "string" ? card : JSON.stringify(card));
  }

  const inherited = { ...process.env };
  delete inherited.ADAPTIVE_CARD_SCHEMA;
  const run = spawnSync(process.execPath, [script, folder], { env: { ...inherited, ...env }, encoding: "utf8" });
  return { status: run.status, report: run.stdout ? JSON.parse(run.stdout) : null, stderr: run.stderr };
}

const execute = (extra = {}) => ({ type: "Action.Execute", title: "Next", verb: "order.next", data: { step: "service" }, ...extra });

const teamsCard = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  msteams: { width: "Full" },
  body: [
    { type: "TextBlock", text: "Hello", wrap: true },
    { type: "ActionSet", actions: [execute(), execute({ title: "Back", verb: "order.back", associatedInputs: "none" })] },
  ],
};

const brokenCard = {
  type: "AdaptiveCard",
  version: "1.6",
  msteams: { width: "Wide" },
  body: [
    { type: "TextBlock", text: "Hello", color: "Purple" },
    { type: "Input.Toggle", id: "accept", title: "Accept", value: false },
    {
      type: "Container",
      items: [{ type: "ColumnSet", columns: [{ type: "Column", items: [{ type: "ActionSet", actions: [execute({ verb: "", data: "step" })] }] }] }],
    },
  ],
};

describe("check-cards", () => {
  it("passes a Teams card with msteams, $schema and associatedInputs", () => {
    const { status, report } = check({ card: teamsCard });

    assert.equal(status, 0);
    assert.deepEqual(report.cards, [{ file: "card.json", errors: [] }]);
    assert.equal(report.schemaChecked, false);
  });

  it("reports the version, renderer events, nested Action.Execute problems and a bad msteams width", () => {
    const { status, report } = check({ card: brokenCard });
    const errors = report.cards[0].errors.join("\n");

    assert.equal(status, 1);
    assert.match(errors, /version 1\.6 is above 1\.5/);
    assert.match(errors, /renderer Parse: InvalidPropertyValue: Invalid value "Purple" for property "color"/);
    assert.match(errors, /Action\.Execute "Next" at \/body\/2\/items\/0\/columns\/0\/items\/0\/actions\/0: verb must be a non-empty string/);
    assert.match(errors, /Action\.Execute "Next" at .*: data must be an object/);
    assert.match(errors, /msteams\.width must be "Full"/);
  });

  it("reports a file that is not JSON", () => {
    const { status, report } = check({ card: "{ nope" });

    assert.equal(status, 1);
    assert.match(report.cards[0].errors[0], /not valid JSON/);
  });

  it("refuses a folder without cards", () => {
    assert.equal(check({}).status, 2);
  });

  it("validates against the schema when ADAPTIVE_CARD_SCHEMA is set", { skip: !schema && "ADAPTIVE_CARD_SCHEMA is not set" }, () => {
    const valid = check({ card: teamsCard }, { ADAPTIVE_CARD_SCHEMA: schema });
    const invalid = check({ card: brokenCard }, { ADAPTIVE_CARD_SCHEMA: schema });
    const errors = invalid.report.cards[0].errors.join("\n");

    assert.equal(valid.status, 0);
    assert.equal(valid.report.schemaChecked, true);
    assert.match(errors, /schema \/body\/1\/value \(Input\.Toggle\): must be string/);
    assert.match(errors, /schema \/body\/0\/color \(TextBlock\): "Purple" matches none of the allowed forms/);
  });
});
