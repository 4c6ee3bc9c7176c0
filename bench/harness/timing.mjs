export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Two frames after now: the first rAF runs before the next paint, the second after it. */
export async function afterPaint() {
  await nextFrame();
  await nextFrame();
}

/**
 * Resolves as soon as `condition()` holds: first polled between microtasks (so work chained on
 * promises is seen without waiting for a frame), then once per frame. Throws after `timeoutMs`.
 */
export async function until(condition, what, timeoutMs = 30_000) {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await Promise.resolve();
  }
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}
