// Teams reads an `msteams` object on the card root (https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format):
// `width: "Full"` for full-width cards and `entities` for mentions. The JavaScript renderer ignores it, but the
// official 1.5 schema forbids unknown root properties, so it is checked here and removed before schema validation.
const KNOWN = {
  width: (value) => value === "Full" || `msteams.width must be "Full", found ${JSON.stringify(value)}`,
  entities: (value) => Array.isArray(value) || "msteams.entities must be an array",
};

export function teamsExtensionErrors(card) {
  if (!("msteams" in card)) {
    return [];
  }

  const extension = card.msteams;
  if (extension === null || typeof extension !== "object" || Array.isArray(extension)) {
    return ["msteams must be an object"];
  }

  const errors = [];
  for (const [key, value] of Object.entries(extension)) {
    const check = KNOWN[key];
    const result = check ? check(value) : `msteams.${key} is not a Teams card extension`;
    if (result !== true) {
      errors.push(result);
    }
  }

  return errors;
}

export function withoutTeamsExtension(card) {
  const { msteams, ...rest } = card;
  return rest;
}
