import { css } from 'lit';

/**
 * Global design tokens (`--mk-<category>-<name>`), declared on every Mentorkit host with fallbacks so
 * a page can set them anywhere above. Light by default; dark follows `prefers-color-scheme` or a
 * `.mk-theme-dark` ancestor class; high contrast follows `forced-colors` and `prefers-contrast: more`;
 * print is dark on white.
 */
export const tokens = css`
  /* The light theme. Firefox has no :host-context() and drops a whole rule whose selector list names it, so
     :host stands alone here and the .mk-theme-* rules below repeat their declarations. */
  :host {
    --_bg: var(--mk-color-surface, #ffffff);
    --_fg: var(--mk-color-text, #1b1f24);
    --_muted: var(--mk-color-text-muted, #4a5360);
    --_border: var(--mk-form-control-border-color, #6b7482);
    --_accent: var(--mk-color-primary, #1857b6);
    --_accent-fg: var(--mk-color-on-primary, #ffffff);
    --_danger: var(--mk-color-danger, #b3261e);
    --_focus: var(--mk-focus-ring-color, #1857b6);
    /* How much of a template's own colour a symbol keeps (the rest is the text colour), so that a level's
       symbol keeps 3:1 against the surface whatever colour the template gives it (amber on white is 2.4:1;
       dark green on the dark surface 2.2:1). */
    --_tint: 70%;
    color-scheme: light;
  }
  :host {
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
      --_bg: var(--mk-color-surface, #16191d);
      --_fg: var(--mk-color-text, #eef1f5);
      --_muted: var(--mk-color-text-muted, #b8c0cc);
      --_border: var(--mk-form-control-border-color, #8c96a5);
      --_accent: var(--mk-color-primary, #8ab4f8);
      --_accent-fg: var(--mk-color-on-primary, #0b1a33);
      --_danger: var(--mk-color-danger, #ffb4ab);
      --_focus: var(--mk-focus-ring-color, #8ab4f8);
      --_tint: 40%;
      color-scheme: dark;
    }
  }
  /* Under a .mk-theme-light ancestor: :host-context() outweighs the dark preference's :host. */
  :host-context(.mk-theme-light) {
    --_bg: var(--mk-color-surface, #ffffff);
    --_fg: var(--mk-color-text, #1b1f24);
    --_muted: var(--mk-color-text-muted, #4a5360);
    --_border: var(--mk-form-control-border-color, #6b7482);
    --_accent: var(--mk-color-primary, #1857b6);
    --_accent-fg: var(--mk-color-on-primary, #ffffff);
    --_danger: var(--mk-color-danger, #b3261e);
    --_focus: var(--mk-focus-ring-color, #1857b6);
    --_tint: 70%;
    color-scheme: light;
  }
  :host-context(.mk-theme-dark) {
    color-scheme: dark;
    --_tint: 40%;
    --_bg: var(--mk-color-surface, #16191d);
    --_fg: var(--mk-color-text, #eef1f5);
    --_muted: var(--mk-color-text-muted, #b8c0cc);
    --_border: var(--mk-form-control-border-color, #8c96a5);
    --_accent: var(--mk-color-primary, #8ab4f8);
    --_accent-fg: var(--mk-color-on-primary, #0b1a33);
    --_danger: var(--mk-color-danger, #ffb4ab);
    --_focus: var(--mk-focus-ring-color, #8ab4f8);
  }
  :host-context(.mk-theme-high-contrast) {
    color-scheme: dark;
    --_tint: 0%;
    --_bg: #000000;
    --_fg: #ffffff;
    --_muted: #ffffff;
    --_border: #ffffff;
    --_accent: #ffff00;
    --_accent-fg: #000000;
    --_danger: #ff9f9f;
    --_focus: #ffff00;
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
    :host-context(.mk-theme-dark),
    :host-context(.mk-theme-high-contrast) {
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
