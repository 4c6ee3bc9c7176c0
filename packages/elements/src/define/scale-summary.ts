import { MkScaleSummary } from '../scale-summary/scale-summary.js';

export { MkScaleSummary };

if (!customElements.get('mk-scale-summary')) customElements.define('mk-scale-summary', MkScaleSummary);

declare global {
  interface HTMLElementTagNameMap {
    'mk-scale-summary': MkScaleSummary;
  }
}
