import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");
const { version: packageVersion } = require("@microsoft/app-manifest/package.json");
const packageBuild = dirname(require.resolve("@microsoft/app-manifest"));

// The schema allows 12 commands per list; Teams' documentation allows 10 and asks for a description on each.
const MAX_COMMANDS = 10;

/** The schema file bundled with @microsoft/app-manifest that a `$schema` URL resolves to, or null when it would be fetched. */
export function bundledSchemaFile(schemaUrl) {
  const suffix = AppManifestUtils.getLocalSchemaSuffix(schemaUrl);
  const file = suffix ? join(packageBuild, suffix) : null;
  return file && existsSync(file) ? file : null;
}

/** Schema errors from AppManifestUtils.validateAgainstSchema with every network call refused, then Teams' rules. */
export async function manifestErrors(manifest) {
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    return ["the manifest must be a JSON object"];
  }

  if (typeof manifest.$schema !== "string") {
    return ["$schema must name the manifest schema, e.g. https://developer.microsoft.com/json-schemas/teams/v1.29/MicrosoftTeams.schema.json"];
  }

  if (!bundledSchemaFile(manifest.$schema)) {
    return [`$schema ${manifest.$schema} is not bundled with @microsoft/app-manifest ${packageVersion}; it would have to be fetched`];
  }

  const schemaErrors = await withoutNetwork(() => AppManifestUtils.validateAgainstSchema(manifest));
  return [...schemaErrors.map((error) => `schema ${error}`), ...teamsRuleErrors(manifest)];
}

function teamsRuleErrors(manifest) {
  const errors = [];
  (manifest.bots ?? []).forEach((bot, botIndex) =>
    (bot?.commandLists ?? []).forEach((list, listIndex) => {
      const pointer = `/bots/${botIndex}/commandLists/${listIndex}`;
      const commands = Array.isArray(list?.commands) ? list.commands : [];
      if (commands.length > MAX_COMMANDS) {
        errors.push(`${pointer}: ${commands.length} commands; Teams shows at most ${MAX_COMMANDS}`);
      }

      commands.forEach((command, index) => {
        if (typeof command?.description !== "string" || command.description.trim() === "") {
          errors.push(`${pointer}/commands/${index}: command ${JSON.stringify(command?.title)} needs a description`);
        }
      });
    }),
  );
  return errors;
}

async function withoutNetwork(action) {
  const original = globalThis.fetch;
  globalThis.fetch = (url) => Promise.reject(new Error(`manifest validation must not use the network (asked for ${url})`));
  try {
    return await action();
  } finally {
    globalThis.fetch = original;
  }
}
