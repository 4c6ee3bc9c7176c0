import { setNativeValue } from './controls.mjs';
import { nextFrame, until } from './timing.mjs';

export const KEYSTROKES = 20;
const TYPED = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Mean milliseconds per keystroke on `control`: one keystroke per frame — native value setter, `input`
 * event (bubbling, composed), two microtask turns, a check that the component holds the new value
 * (`state()`), forced style and layout. Shared by the form benchmark and the load benchmark.
 */
export async function typePerKeystroke(control, state) {
  return (await measureKeystrokes(control, state)).total;
}

/** The same keystrokes; `total` as above, `script` the part before the forced style and layout. */
export async function measureKeystrokes(control, state) {
  let total = 0;
  let script = 0;
  for (let i = 0; i < KEYSTROKES; i++) {
    const next = control.value + TYPED[i % TYPED.length];
    // A real keystroke is its own task after a frame; do not let the previous one's rendering leak in.
    await nextFrame();
    const t0 = performance.now();
    setNativeValue(control, next);
    control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // Lets work the component queued in microtasks (the form's validation and form value) run; a renderer
    // that commits later (React applies a change in a microtask of its own) is waited for.
    await Promise.resolve();
    await Promise.resolve();
    if (state() !== next) {
      await until(() => state() === next, `keystroke ${i + 1} in the component's state`, 5_000).catch(() => {
        throw new Error(`after keystroke ${i + 1} the component holds ${JSON.stringify(state())}`);
      });
    }
    script += performance.now() - t0;
    void document.body.offsetHeight;
    total += performance.now() - t0;
  }
  return { total: total / KEYSTROKES, script: script / KEYSTROKES };
}
