import { createRequire } from "node:module";

// The package's lib/ folder is extension-less ESM that Node cannot import; the UMD bundle loads fine.
const require = createRequire(import.meta.url);
const {
  AdaptiveCard,
  SerializationContext,
  ValidationEvent,
  ValidationPhase,
  Versions,
} = require("adaptivecards/dist/adaptivecards.js");

function describe(event) {
  const source = event.source?.getJsonTypeName?.();
  const where = source ? ` (${source})` : "";
  return `renderer ${ValidationPhase[event.phase]}: ${ValidationEvent[event.event]}: ${event.message}${where}`;
}

/** Parses the card as the Adaptive Cards JavaScript renderer does for a 1.5 host and returns every event it raises. */
export function rendererErrors(json) {
  const card = new AdaptiveCard();
  const context = new SerializationContext(Versions.v1_5);
  card.parse(json, context);

  const errors = [];
  for (let i = 0; i < context.eventCount; i++) {
    errors.push(describe(context.getEventAt(i)));
  }

  const validation = card.validateProperties();
  for (const event of validation.validationEvents) {
    errors.push(describe(event));
  }

  return errors;
}
