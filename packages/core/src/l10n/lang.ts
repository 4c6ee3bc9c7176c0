/**
 * The language an element reads in: its own `lang`, else the nearest ancestor's, crossing shadow roots,
 * else the document's, else English. Only valid BCP 47 tags count: `en_US` reads as `en-US`, and a tag
 * that is not one (`constructor`, `x!`) is reported once on the console and skipped for the next one up,
 * so `Intl` never throws on it.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && node.lang) {
      const tag = languageTag(node.lang);
      if (tag) return tag;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return languageTag(document.documentElement.lang) ?? 'en';
}

const reported = new Set<string>();

/** The canonical BCP 47 tag for `lang` (underscores read as hyphens), or undefined when it is not a language tag. */
export function languageTag(lang: string): string | undefined {
  if (!lang) return undefined;
  for (const candidate of [lang, lang.replace(/_/g, '-')]) {
    try {
      const [tag] = Intl.getCanonicalLocales(candidate);
      if (tag) {
        if (candidate !== lang) report(lang, `reading it as "${tag}"`);
        return tag;
      }
    } catch {
      // Not a tag in this spelling: try the next, then give up.
    }
  }
  report(lang, 'using the language of the enclosing element or page instead');
  return undefined;
}

function report(lang: string, what: string): void {
  if (reported.has(lang)) return;
  reported.add(lang);
  console.warn(`Mentorkit: lang="${lang}" is not a valid BCP 47 language tag; ${what}.`);
}
