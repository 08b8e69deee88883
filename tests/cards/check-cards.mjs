#!/usr/bin/env node
// Checks every bound Adaptive Card (*.json) in a folder; prints { cards: [{ file, errors }], schemaChecked } and
// exits 1 when any card has an error. Set ADAPTIVE_CARD_SCHEMA to the official 1.5 schema file to validate with it too.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { executeActionErrors } from "./lib/action-check.mjs";
import { rendererErrors } from "./lib/renderer-check.mjs";
import { rootErrors } from "./lib/root-check.mjs";
import { SchemaCheck } from "./lib/schema-check.mjs";
import { teamsExtensionErrors, withoutTeamsExtension } from "./lib/teams-extensions.mjs";

function usageError(text) {
  process.stderr.write(`check-cards: ${text}\n`);
  process.exit(2);
}

function loadSchemaCheck() {
  const file = process.env.ADAPTIVE_CARD_SCHEMA;
  if (!file) {
    process.stderr.write("check-cards: schema check skipped (ADAPTIVE_CARD_SCHEMA is not set)\n");
    return null;
  }

  if (!existsSync(file) || !statSync(file).isFile()) {
    usageError(`ADAPTIVE_CARD_SCHEMA points to '${file}', which is not a file`);
  }

  return new SchemaCheck(file);
}

function checkCard(text, schemaCheck) {
  let card;
  try {
    card = JSON.parse(text);
  } catch (error) {
    return [`not valid JSON: ${error.message}`];
  }

  if (card === null || typeof card !== "object" || Array.isArray(card)) {
    return ["the card must be a JSON object"];
  }

  return [
    ...rootErrors(card),
    ...rendererErrors(card),
    ...executeActionErrors(card),
    ...teamsExtensionErrors(card),
    ...(schemaCheck ? schemaCheck.errors(withoutTeamsExtension(card)) : []),
  ];
}

const folder = process.argv[2];
if (!folder) {
  usageError("usage: node check-cards.mjs <folder of bound cards>");
}

if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  usageError(`'${folder}' is not a folder`);
}

const files = readdirSync(folder).filter((name) => name.endsWith(".json")).sort();
if (files.length === 0) {
  usageError(`no *.json cards in '${folder}'`);
}

const schemaCheck = loadSchemaCheck();
const cards = files.map((file) => ({ file, errors: checkCard(readFileSync(join(folder, file), "utf8"), schemaCheck) }));

process.stdout.write(`${JSON.stringify({ cards, schemaChecked: schemaCheck !== null }, null, 2)}\n`);
process.exitCode = cards.some((card) => card.errors.length > 0) ? 1 : 0;
