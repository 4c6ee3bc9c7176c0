// Where a template's text is: its language maps, in one fixed order. Plain .mjs on purpose: the generator
// (scripts/generate.mjs) splits the built-in templates with it, and the package merges the languages back with
// it, so both walk the same maps in the same order.

const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** True for a language map of localised text: `{ "en": "…", "fi": "…" }` (the sealing reads maps the same way). */
export function isLanguageMap(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => languageTag.test(key) && typeof value[key] === 'string');
}

/** Every language map of a template that has English text, depth first in key order (the attribution's too). */
export function englishMaps(template) {
  const maps = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      if (isLanguageMap(value)) {
        if (Object.hasOwn(value, 'en')) maps.push(value);
      } else Object.values(value).forEach(walk);
    }
  };
  walk(template);
  return maps;
}
