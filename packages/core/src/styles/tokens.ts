import { css } from 'lit';

/**
 * Global design tokens (`--mk-<category>-<name>`), declared on every Mentorkit host with fallbacks so
 * a page can set them anywhere above. Light by default; dark follows `prefers-color-scheme` or a
 * `.mk-theme-dark` ancestor class; high contrast follows `forced-colors` and `prefers-contrast: more`.
 */
export const tokens = css`
  :host {
    --_bg: var(--mk-color-surface, #ffffff);
    --_fg: var(--mk-color-text, #1b1f24);
    --_muted: var(--mk-color-text-muted, #4a5360);
    --_border: var(--mk-form-control-border-color, #6b7482);
    --_accent: var(--mk-color-primary, #1857b6);
    --_accent-fg: var(--mk-color-on-primary, #ffffff);
    --_danger: var(--mk-color-danger, #b3261e);
    --_focus: var(--mk-focus-ring-color, #1857b6);
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
    }
  }
  :host-context(.mk-theme-light) {
    --_bg: var(--mk-color-surface, #ffffff);
    --_fg: var(--mk-color-text, #1b1f24);
    --_muted: var(--mk-color-text-muted, #4a5360);
    --_border: var(--mk-form-control-border-color, #6b7482);
    --_accent: var(--mk-color-primary, #1857b6);
    --_accent-fg: var(--mk-color-on-primary, #ffffff);
    --_danger: var(--mk-color-danger, #b3261e);
    --_focus: var(--mk-focus-ring-color, #1857b6);
  }
  :host-context(.mk-theme-dark) {
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
`;
