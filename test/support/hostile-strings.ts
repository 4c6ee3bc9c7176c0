/**
 * A corpus of hostile and malformed strings: script and markup injection, event-handler attributes,
 * javascript: URLs, SVG payloads, template and prototype tricks, bidirectional overrides, lone
 * surrogates, control characters and very long text. Every payload that would run sets
 * `window.__pwned`, so a test can tell whether anything executed.
 */
const payloads = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe src="javascript:window.parent.__pwned=1"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '<body onload="window.__pwned=1">',
  '<details open ontoggle="window.__pwned=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg/onload=window.__pwned=1>",
  '</textarea><script>window.__pwned=1</script>',
  '</title><script>window.__pwned=1</script>',
  '<style>*{display:none}</style>',
  '<link rel=stylesheet href="data:text/css,*{display:none}">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<object data="javascript:window.__pwned=1"></object>',
  '<embed src="javascript:window.__pwned=1">',
  '<form><button formaction="javascript:window.__pwned=1">x</button></form>',
  '<input autofocus onfocus="window.__pwned=1">',
  '<video><source onerror="window.__pwned=1"></video>',
  '<marquee onstart="window.__pwned=1">',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--<img src=x onerror=window.__pwned=1>-->',
  '<![CDATA[<script>window.__pwned=1</script>]]>',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=1&#62;',
  '%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  '\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e',
  '__proto__',
  'constructor',
  '{"__proto__":{"polluted":true}}',
  '\u202Eevil\u202C text with a right-to-left override',
  '\u200F\u200E\u2066\u2067\u2068\u2069 bidi isolates',
  'lone high surrogate \uD800 here',
  'lone low surrogate \uDC00 here',
  'reversed pair \uDC00\uD800',
  'null \u0000 byte',
  'control \u0001\u0002\u0007\u001B[31m chars',
  'zero\u200Bwidth\uFEFFjoiners',
  'combining a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '𝕸𝖊𝖓𝖙𝖔𝖗 🧑‍🏫👩🏽‍🏫 emoji',
  'line\r\nbreaks\rand\nmore',
  '    leading and trailing spaces    ',
  '"quotes" \'single\' `back`',
  '\\ backslashes \\\\ and / slashes //',
  'a'.repeat(2000),
];

/** Percent-encoding; a string with lone surrogates cannot be encoded and stays as it is, with a marker. */
function percentEncoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return `%${text}`;
  }
}

const wrappers: ((p: string) => string)[] = [
  (p) => p,
  (p) => p.toUpperCase(),
  (p) => `Note: ${p}`,
  (p) => `${p}${p}`,
  (p) => p.replace(/</g, '< '),
  (p) => `<div>${p}</div>`,
  (p) => `\u202E${p}`,
  (p) => `${p}\uD83D`,
  (p) => p.split('').reverse().join(''),
  (p) => percentEncoded(p),
  (p) => `"${p}"`,
  (p) => `${p}\n${p}`,
  (p) => p.replace(/ /g, '\t'),
  (p) => p.replace(/=/g, ' = '),
  (p) => `<b>${p}</b><i>`,
  (p) => `${p.slice(0, Math.ceil(p.length / 2))}`,
  (p) => `\u0000${p}`,
  (p) => p.normalize('NFD'),
  (p) => `${p} `.repeat(3),
  (p) => `[${p}](javascript:window.__pwned=1)`,
  (p) => `${p}<!--`,
];

/** At least 1,000 strings, each a payload in a wrapper, plus a 100 KB string. */
export const hostileStrings: string[] = [...payloads.flatMap((p) => wrappers.map((w) => w(p))), 'x<script>'.repeat(11_400)];
