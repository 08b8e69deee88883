const HIGHEST = { major: 1, minor: 5 };

/** The card itself: an AdaptiveCard of a version Teams renders (up to 1.5; a higher one shows only the fallback text). */
export function rootErrors(card) {
  const errors = card.type === "AdaptiveCard" ? [] : [`type must be "AdaptiveCard", found ${JSON.stringify(card.type)}`];
  const version = card.version;
  const match = typeof version === "string" ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) {
    return [...errors, `version must be a string "major.minor", found ${JSON.stringify(version)}`];
  }

  const [major, minor] = [Number(match[1]), Number(match[2])];
  const tooHigh = major > HIGHEST.major || (major === HIGHEST.major && minor > HIGHEST.minor);
  return tooHigh ? [...errors, `version ${version} is above ${HIGHEST.major}.${HIGHEST.minor}, the highest Teams renders`] : errors;
}
