import { lazyModule } from '../lazy-module.js';
import { whenIdle } from '../widgets/lazy.js';

/**
 * The error summary's content and the links from it to the fields (problems-chunk.ts), which a form needs
 * only once it shows problems: most first renders show none. Loaded in idle time after a form's first
 * render (with the summary template a first submit shows, built ahead: `prepareProblemTemplates`), or at once by
 * the first reveal that finds it missing; the summary stays hidden until it is there, and the move of focus
 * to it (which `updateComplete` includes) waits for it.
 */
export const problemsChunk = lazyModule(() => import('./problems-chunk.js'));

let prefetched = false;

/** Loads the chunk when the page is idle, once per page, and prepares the first submit's templates with it. */
export function prefetchProblems(lang: string): void {
  if (prefetched) return;
  prefetched = true;
  const load = () =>
    problemsChunk.load().then(
      ({ prepareProblemTemplates }) => prepareProblemTemplates(lang),
      () => {
        // Not fetched now: the first reveal tries again.
      },
    );
  whenIdle(load);
}
