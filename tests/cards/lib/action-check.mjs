import { typedObjects } from "./walk.mjs";

/** Every Action.Execute, wherever it sits, must name a verb and carry object data for the bot to route on. */
export function executeActionErrors(card) {
  const errors = [];
  for (const { node, pointer } of typedObjects(card)) {
    if (node.type !== "Action.Execute") {
      continue;
    }

    const label = `Action.Execute "${node.title ?? ""}" at ${pointer || "/"}`;
    if (typeof node.verb !== "string" || node.verb.trim() === "") {
      errors.push(`${label}: verb must be a non-empty string`);
    }

    if (node.data === null || typeof node.data !== "object" || Array.isArray(node.data)) {
      errors.push(`${label}: data must be an object`);
    }
  }

  return errors;
}
