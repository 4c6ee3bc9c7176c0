// V8's explicit compile hint (https://v8.dev/blog/explicit-compile-hints): a file starting with this comment has all
// its functions compiled as the file loads, on the thread that streams it, instead of each function on the main thread
// the first time it is called. A first render calls several hundred of the engine's functions once each; without the
// hint their compiling was about a third of a small form's render (docs/benchmarks.md "Render in session 9"). Browsers
// without the hint read a comment. Every file of a build starts with it (esbuild `banner`): the lazy chunks are loaded
// only to run.
export const compileHints = { js: '//# allFunctionsCalledOnLoad' };
