import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../form/render-field.js';
import type { ObjectNode } from '../schema/field-tree.js';
import { joinPointer } from '../store/pointer.js';
import type { RenderChild } from './render-child.js';
import { watch } from './watch.js';

/**
 * The fields an object's conditions add (`if`/`then`/`else`, `dependentSchemas`,
 * `dependentRequired`, draft-07 `dependencies`), each shown while its condition holds on the
 * object's value and hidden when it stops holding. Conditions are schemas, checked by `fits`:
 * nothing is evaluated as code. Values of hidden fields stay in the record. In the fits chunk (fits-chunk.ts), with
 * the tree's conditions; render-field.ts asks only for an object that has some.
 */
export function renderConditions(node: ObjectNode, pointer: string, ctx: RenderContext, renderChild: RenderChild): TemplateResult {
  return html`${node.conditions.map((condition) => {
    const holds = () => condition.holds(ctx.store.get(pointer));
    return html`<div class="condition" data-condition=${condition.source}>
      ${watch(ctx.store, pointer, {
        key: holds,
        render: () => (holds() ? condition.children.map((child) => renderChild(child, joinPointer(pointer, child.key), ctx)) : nothing),
      })}
    </div>`;
  })}`;
}
