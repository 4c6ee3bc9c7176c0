/** True for a language map of localised text: `{ "en": "…", "fi": "…" }` (the sealing reads maps the same way). */
export declare function isLanguageMap(value: unknown): value is Record<string, string>;

/** Every language map of a template that has English text, depth first in key order (the attribution's too). */
export declare function englishMaps(template: unknown): Record<string, string>[];
