import { MkCheckboxGroup } from '../checkbox-group/checkbox-group.js';

export { MkCheckboxGroup };

if (!customElements.get('mk-checkbox-group')) customElements.define('mk-checkbox-group', MkCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'mk-checkbox-group': MkCheckboxGroup;
  }
}
