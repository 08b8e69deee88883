import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { bundledSchemaFile } from "../lib/manifest-check.mjs";

const script = fileURLToPath(new URL("../check-manifest.mjs", import.meta.url));
const schemaUrl = (version) => `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
const folders = [];

after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function check(manifest) {
  const folder = mkdtempSync(join(tmpdir(), "check-manifest-"));
  folders.push(folder);
  const file = join(folder, "manifest.json");
  writeFileSync(file, typeof manifest === "string" ? manifest : JSON.stringify(manifest));
  const run = spawnSync(process.execPath, [script, file], { encoding: "utf8" });
  return { status: run.status, errors: run.stdout ? JSON.parse(run.stdout).errors : null, stderr: run.stderr };
}

const command = (title) => ({ title, description: `Runs ${title}` });

const manifest = (extra = {}) => ({
  $schema: schemaUrl("1.29"),
  manifestVersion: "1.29",
  version: "1.0.0",
  id: "8d3f2a64-5b1c-4e7a-9f0d-2c6b7e1a4d93",
  developer: {
    name: "Provider",
    websiteUrl: "https://provider.example/",
    privacyUrl: "https://provider.example/privacy",
    termsOfUseUrl: "https://provider.example/terms",
  },
  name: { short: "RegistryBot", full: "RegistryBot" },
  description: { short: "Order a registry", full: "Order a managed Harbor registry in the chat." },
  icons: { color: "color.png", outline: "outline.png" },
  accentColor: "#1D5FA8",
  bots: [
    {
      botId: "8d3f2a64-5b1c-4e7a-9f0d-2c6b7e1a4d93",
      scopes: ["personal", "team", "groupChat"],
      commandLists: [{ scopes: ["personal"], commands: [command("order"), command("help")] }],
    },
  ],
  validDomains: [],
  ...extra,
});

describe("check-manifest", () => {
  it("passes a v1.29 manifest with a bot and its commands", () => {
    assert.deepEqual(check(manifest()), { status: 0, errors: [], stderr: "" });
  });

  it("reports schema errors", () => {
    const { status, errors } = check(manifest({ id: "not-a-guid", developer: { name: "Provider", websiteUrl: "https://provider.example/" } }));

    assert.equal(status, 1);
    assert.match(errors.join("\n"), /schema \/id must match pattern/);
    assert.match(errors.join("\n"), /schema \/developer must have required property 'privacyUrl'/);
  });

  it("reports a manifestVersion that differs from the schema's", () => {
    const { status, errors } = check(manifest({ manifestVersion: "1.28" }));

    assert.equal(status, 1);
    assert.match(errors.join("\n"), /schema \/manifestVersion must be equal to constant/);
  });

  it("reports commands without a description and more commands than Teams shows", () => {
    const commands = [{ title: "order" }, ...Array.from({ length: 10 }, (_, i) => command(`c${i}`))];
    const bots = [{ botId: "8d3f2a64-5b1c-4e7a-9f0d-2c6b7e1a4d93", scopes: ["personal"], commandLists: [{ scopes: ["personal"], commands }] }];
    const { status, errors } = check(manifest({ bots }));

    assert.equal(status, 1);
    assert.deepEqual(errors, [
      "/bots/0/commandLists/0: 11 commands; Teams shows at most 10",
      '/bots/0/commandLists/0/commands/0: command "order" needs a description',
    ]);
  });

  it("refuses a $schema that is not bundled instead of fetching it", () => {
    for (const url of [schemaUrl("1.18"), "https://schemas.example/teams.json"]) {
      const { status, errors } = check(manifest({ $schema: url }));

      assert.equal(status, 1);
      assert.deepEqual(errors, [`$schema ${url} is not bundled with @microsoft/app-manifest 1.1.2; it would have to be fetched`]);
    }
  });

  it("resolves the plain and the localised schema URL to the bundled file", () => {
    const bundled = join("node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", "v1.29", "MicrosoftTeams.schema.json");

    assert.ok(bundledSchemaFile(schemaUrl("1.29")).endsWith(sep + bundled));
    assert.equal(bundledSchemaFile(schemaUrl("1.29").replace(".com/", ".com/en-us/")), bundledSchemaFile(schemaUrl("1.29")));
  });

  it("reports a manifest that is not JSON or not an object", () => {
    assert.match(check("{ nope").errors[0], /not valid JSON/);
    assert.deepEqual(check("[]").errors, ["the manifest must be a JSON object"]);
  });

  it("refuses a missing argument or file", () => {
    assert.equal(spawnSync(process.execPath, [script]).status, 2);
    assert.equal(spawnSync(process.execPath, [script, join(tmpdir(), "no-such-manifest.json")]).status, 2);
  });
});
