import { MkRadioGroup } from '../radio-group/radio-group.js';

export { MkRadioGroup };

if (!customElements.get('mk-radio-group')) customElements.define('mk-radio-group', MkRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'mk-radio-group': MkRadioGroup;
  }
}
