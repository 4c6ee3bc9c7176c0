import { html, type TemplateResult } from 'lit';
import { addEnglish, localise, term } from '../l10n/catalogue.js';
import { enEditors } from '../l10n/en-editors.js';
import type { RenderContext } from '../form/render-field.js';
import { opened, type FieldNode } from '../schema/field-tree.js';
import type { RenderChild } from './render-child.js';
import { watch } from './watch.js';

addEnglish(enEditors);

/** What opening a recursive node writes: its default, or an empty object or list. */
function openedValue(node: FieldNode): unknown {
  if (node.default !== undefined) return structuredClone(node.default);
  if (node.kind === 'array') return [];
  if (node.kind === 'value') return node.valueType === 'string' ? '' : null;
  return {};
}

/**
 * A node of a recursive schema (a `$ref` back to an ancestor): its fields while the record has a
 * value here, otherwise a button that opens it. Each level is rendered only when reached, so a
 * schema that refers to itself never unfolds further than the record goes.
 */
export function renderOpener(
  node: FieldNode,
  pointer: string,
  ctx: RenderContext,
  renderChild: RenderChild,
  options: { bare?: boolean },
): TemplateResult {
  const open = () => ctx.store.get(pointer) !== undefined;
  const onOpen = (event: Event) => {
    const host = (event.target as HTMLElement).parentElement!;
    ctx.store.set(pointer, openedValue(node));
    host.querySelector<HTMLElement>('[path], input, select, textarea, button')?.focus();
  };
  return html`<div class="opener" data-pointer=${pointer}>
    ${watch(ctx.store, pointer, {
      key: open,
      render: () =>
        open()
          ? renderChild(opened(node), pointer, ctx, options)
          : html`<button type="button" class="open-button" ?disabled=${node.readOnly} @click=${onOpen}>
              ${term(ctx.lang, 'openField', { label: localise(node.label, ctx.lang) || node.key })}
            </button>`,
    })}
  </div>`;
}
