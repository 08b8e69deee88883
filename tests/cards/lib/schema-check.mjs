import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { typedObjects } from "./walk.mjs";

const require = createRequire(import.meta.url);
const Ajv = require("ajv").default;
const addFormats = require("ajv-formats").default;
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json");

const SCHEMA_KEY = "adaptive-card";

/**
 * Validates cards against the official Adaptive Card JSON schema (draft-06). Each typed object is validated
 * against its own definition, so an error names the element it belongs to instead of every anyOf branch.
 */
export class SchemaCheck {
  #ajv;
  #validators = new Map();
  #definitions;

  constructor(schemaFile) {
    const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
    delete schema.id;
    delete schema.$id;

    this.#ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(this.#ajv);
    this.#ajv.addMetaSchema(draft06);
    this.#ajv.addSchema(schema, SCHEMA_KEY);
    this.#definitions = new Set(Object.keys(schema.definitions ?? {}));
  }

  errors(card) {
    const errors = [];
    for (const { node, pointer, type } of validationTargets(card)) {
      if (!this.#definitions.has(type)) {
        errors.push(`schema ${pointer}: type "${type}" is not defined by the schema`);
        continue;
      }

      const validate = this.#validator(type);
      if (validate(node)) {
        continue;
      }

      const found = [...validate.errors];
      const children = nestedTypedObjects(node);
      for (const error of found) {
        const child = children.find(({ pointer: inner }) => isWithin(error.instancePath, inner));
        if (!child) {
          errors.push(`schema ${pointer}${error.instancePath || (pointer ? "" : "/")} (${type}): ${message(error, found, node)}`);
        } else if (this.#validator(child.node.type)?.(child.node)) {
          errors.push(`schema ${pointer}${child.pointer}: ${child.node.type} is not allowed there in ${type}`);
        }
      }
    }

    return [...new Set(errors)];
  }

  #validator(type) {
    if (!this.#validators.has(type)) {
      this.#validators.set(type, this.#ajv.getSchema(`${SCHEMA_KEY}#/definitions/${type}`));
    }

    return this.#validators.get(type);
  }
}

/** The card, always as an AdaptiveCard whatever its type says, then every element in it by its own type. */
function* validationTargets(card) {
  yield { node: card, pointer: "", type: "AdaptiveCard" };
  for (const { node, pointer } of typedObjects(card)) {
    if (pointer !== "") {
      yield { node, pointer, type: node.type };
    }
  }
}

/**
 * The outermost typed objects inside the node. An error inside one of them is reported against its own definition,
 * unless it is valid on its own: then the node does not accept it at that position.
 */
function nestedTypedObjects(node) {
  const nested = [...typedObjects(node)].filter(({ pointer }) => pointer !== "");
  return nested.filter(({ pointer }) => !nested.some((outer) => outer.pointer !== pointer && isWithin(pointer, outer.pointer)));
}

function isWithin(path, pointer) {
  return path === pointer || path.startsWith(`${pointer}/`);
}

function message(error, all, node) {
  const alternatives = all.filter((other) => other.instancePath === error.instancePath && other.keyword === "anyOf");
  if (alternatives.length > 0) {
    const reasons = all
      .filter((other) => other.instancePath === error.instancePath && !["anyOf", "pattern"].includes(other.keyword))
      .map((other) => describe(other));
    return `${JSON.stringify(valueAt(node, error.instancePath))} matches none of the allowed forms (${[...new Set(reasons)].join("; ")})`;
  }

  return describe(error);
}

function describe(error) {
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown property "${error.params.additionalProperty}"`;
    case "enum":
      return `${error.message}: ${error.params.allowedValues.join(", ")}`;
    default:
      return error.message;
  }
}

function valueAt(node, pointer) {
  return pointer
    .split("/")
    .slice(1)
    .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((value, key) => value?.[key], node);
}
