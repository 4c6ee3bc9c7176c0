/**
 * A module loaded on first use: the one way the engine's chunks (the fits and pattern engines, rare widgets,
 * the error summary, drafts, date reading) are loaded. It imports nothing, so schema and validation code can
 * use it without reaching the widgets or Lit.
 */
export interface LazyModule<M> {
  /** The module once loaded (or given by code that imports it statically). */
  loaded?: M;
  /** Loads it (once; again after a failed load); resolves when it is there. */
  load(): Promise<M>;
}

/** A module loaded on first use by `importer` (a function that calls `import()`, so bundlers split it). */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | undefined;
  const module: LazyModule<M> = {
    load() {
      pending ??= importer().then(
        (loaded) => (module.loaded = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
  return module;
}
