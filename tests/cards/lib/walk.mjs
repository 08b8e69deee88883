// Values under these keys are free-form (action data, feature requirements, host extensions), not card elements.
const OPAQUE_KEYS = new Set(["data", "requires", "msteams"]);

/** Yields every object of the card that has a string `type`, with its JSON pointer, skipping free-form values. */
export function* typedObjects(node, pointer = "") {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      yield* typedObjects(node[i], `${pointer}/${i}`);
    }
    return;
  }

  if (node === null || typeof node !== "object") {
    return;
  }

  if (typeof node.type === "string") {
    yield { node, pointer };
  }

  for (const [key, value] of Object.entries(node)) {
    if (!OPAQUE_KEYS.has(key)) {
      yield* typedObjects(value, `${pointer}/${escapePointer(key)}`);
    }
  }
}

export function escapePointer(key) {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}
