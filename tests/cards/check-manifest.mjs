#!/usr/bin/env node
// Validates a Teams app manifest offline against the schema its $schema names, as bundled by @microsoft/app-manifest;
// prints { errors: [...] } and exits 1 when there is any, 2 on a usage error.
import { existsSync, readFileSync, statSync } from "node:fs";
import { manifestErrors } from "./lib/manifest-check.mjs";

function usageError(text) {
  process.stderr.write(`check-manifest: ${text}\n`);
  process.exit(2);
}

async function check(text) {
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return [`not valid JSON: ${error.message}`];
  }

  return manifestErrors(manifest);
}

const file = process.argv[2];
if (!file) {
  usageError("usage: node check-manifest.mjs <manifest.json>");
}

if (!existsSync(file) || !statSync(file).isFile()) {
  usageError(`'${file}' is not a file`);
}

const errors = await check(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
process.stdout.write(`${JSON.stringify({ errors }, null, 2)}\n`);
process.exitCode = errors.length > 0 ? 1 : 0;
