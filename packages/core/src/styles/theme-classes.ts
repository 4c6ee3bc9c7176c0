import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { addStyles } from './add-styles.js';

/**
 * The `.mk-theme-*` classes a page puts on an ancestor (tokens.ts): each sets the theme's colours as
 * inherited custom properties, which reach into every element's shadow tree, nested ones too, and which
 * the element's tokens take over the OS preference. (`:host-context()` would do it from inside the
 * element, but Firefox and Safari do not have it.) An explicit `--mk-*` token still wins; high contrast
 * sets the tokens themselves, so it wins over tokens set further up the page.
 */
const themeClasses = css`
  .mk-theme-light {
    --_mk-theme-bg: #ffffff;
    --_mk-theme-fg: #1b1f24;
    --_mk-theme-muted: #4a5360;
    --_mk-theme-border: #6b7482;
    --_mk-theme-accent: #1857b6;
    --_mk-theme-accent-fg: #ffffff;
    --_mk-theme-danger: #b3261e;
    --_mk-theme-focus: #1857b6;
    --_mk-theme-tint: 70%;
    --_mk-theme-scheme: light;
  }
  .mk-theme-dark {
    --_mk-theme-bg: #16191d;
    --_mk-theme-fg: #eef1f5;
    --_mk-theme-muted: #b8c0cc;
    --_mk-theme-border: #8c96a5;
    --_mk-theme-accent: #8ab4f8;
    --_mk-theme-accent-fg: #0b1a33;
    --_mk-theme-danger: #ffb4ab;
    --_mk-theme-focus: #8ab4f8;
    --_mk-theme-tint: 40%;
    --_mk-theme-scheme: dark;
  }
  .mk-theme-high-contrast {
    --mk-color-surface: #000000;
    --mk-color-text: #ffffff;
    --mk-color-text-muted: #ffffff;
    --mk-form-control-border-color: #ffffff;
    --mk-color-primary: #ffff00;
    --mk-color-on-primary: #000000;
    --mk-color-danger: #ff9f9f;
    --mk-focus-ring-color: #ffff00;
    --_mk-theme-tint: 0%;
    --_mk-theme-scheme: dark;
  }
`;

/** Adds the theme classes' rules to the element's document once, when the first element connects. */
export class ThemeClasses implements ReactiveController {
  readonly #host: ReactiveControllerHost & Node;

  constructor(host: ReactiveControllerHost & Node) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addStyles(this.#host.ownerDocument, themeClasses);
  }
}
