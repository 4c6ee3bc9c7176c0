/** V8's explicit compile hint as an esbuild `banner`: the first line of a file Chromium compiles as it loads. */
export const compileHints: { js: string };
