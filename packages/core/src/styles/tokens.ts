import { css } from 'lit';

/**
 * Global design tokens (`--mk-<category>-<name>`), declared on every Mentorkit host with fallbacks so
 * a page can set them anywhere above. Light by default; dark follows `prefers-color-scheme` or a
 * `.mk-theme-dark` ancestor class (theme-classes.ts, which each element's `ThemeClasses` adds to its
 * document); high contrast follows `forced-colors` and `prefers-contrast: more`; print is dark on white.
 */
export const tokens = css`
  /* The light theme; a .mk-theme-* class on an ancestor sets the --_mk-theme-* values (theme-classes.ts),
     which win over it and over the dark preference, and an explicit --mk-* token wins over both. */
  :host {
    --_bg: var(--mk-color-surface, var(--_mk-theme-bg, #ffffff));
    --_fg: var(--mk-color-text, var(--_mk-theme-fg, #1b1f24));
    --_muted: var(--mk-color-text-muted, var(--_mk-theme-muted, #4a5360));
    --_border: var(--mk-form-control-border-color, var(--_mk-theme-border, #6b7482));
    --_accent: var(--mk-color-primary, var(--_mk-theme-accent, #1857b6));
    --_accent-fg: var(--mk-color-on-primary, var(--_mk-theme-accent-fg, #ffffff));
    --_danger: var(--mk-color-danger, var(--_mk-theme-danger, #b3261e));
    --_focus: var(--mk-focus-ring-color, var(--_mk-theme-focus, #1857b6));
    /* How much of a template's own colour a symbol keeps (the rest is the text colour), so that a level's
       symbol keeps 3:1 against the surface whatever colour the template gives it (amber on white is 2.4:1;
       dark green on the dark surface 2.2:1). */
    --_tint: var(--_mk-theme-tint, 70%);
    color-scheme: var(--_mk-theme-scheme, light);
    --_radius: var(--mk-border-radius, 6px);
    --_gap: var(--mk-spacing, 0.5rem);
    --_font: var(--mk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--mk-font-size, 1rem);
    --_control-bg: var(--mk-form-control-background, var(--_bg));
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_fg);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--mk-color-surface, var(--_mk-theme-bg, #16191d));
      --_fg: var(--mk-color-text, var(--_mk-theme-fg, #eef1f5));
      --_muted: var(--mk-color-text-muted, var(--_mk-theme-muted, #b8c0cc));
      --_border: var(--mk-form-control-border-color, var(--_mk-theme-border, #8c96a5));
      --_accent: var(--mk-color-primary, var(--_mk-theme-accent, #8ab4f8));
      --_accent-fg: var(--mk-color-on-primary, var(--_mk-theme-accent-fg, #0b1a33));
      --_danger: var(--mk-color-danger, var(--_mk-theme-danger, #ffb4ab));
      --_focus: var(--mk-focus-ring-color, var(--_mk-theme-focus, #8ab4f8));
      --_tint: var(--_mk-theme-tint, 40%);
      color-scheme: var(--_mk-theme-scheme, dark);
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_fg);
      --_border: var(--_fg);
    }
  }
  /* Paper is white whatever the screen's theme: print dark on light. */
  @media print {
    :host {
      --_bg: #ffffff;
      --_fg: #000000;
      --_muted: #333333;
      --_border: #555555;
      --_accent: #000000;
      --_accent-fg: #ffffff;
      --_danger: #b3261e;
      --_tint: 70%;
      color-scheme: light;
    }
  }
`;

/**
 * The element's own surface: its background and text colour come from the theme, so a theme never depends on
 * the host page (dark text on a dark page, or the dark theme's light text on a white one). On `<mk-form>` and
 * the document elements, and on a field element used on its own (inside a form, the form paints it).
 */
export const surface = css`
  :host {
    background-color: var(--_bg);
    color: var(--_fg);
    padding: var(--mk-surface-padding, var(--_gap));
    border-radius: var(--_radius);
  }
`;
