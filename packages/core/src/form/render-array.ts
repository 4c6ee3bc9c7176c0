import type { TemplateResult } from 'lit';
import type { ItemRenderer } from '../array/array.js';
import { localise } from '../l10n/catalogue.js';
import type { ArrayNode, FieldNode } from '../schema/field-tree.js';
import type { FormStore } from '../store/form-store.js';
import { html } from '../templates/compact-html.js';
import { defaultValueOf } from './defaults.js';
import type { RenderContext, RenderedField, RenderOptions } from './render-field.js';

/** `renderField` (render-field.ts), given by the form: this module is in the array chunk (widgets/array-widget.ts). */
type RenderField = (node: FieldNode, pointer: string, ctx: RenderContext, options?: RenderOptions) => RenderedField;

/** What an `<mk-array>` of a form is given to render and make its items with. */
interface ItemFunctions {
  renderItem: ItemRenderer;
  createItem: () => unknown;
}

/** The item functions of each form's arrays (by store, then pointer), with what they were made for. */
const itemFunctions = new WeakMap<FormStore, Map<string, ItemFunctions & { node: ArrayNode; settings: RenderContext }>>();

/**
 * The same functions for an array as long as its node and the form's settings are the same: new ones
 * would make `<mk-array>` render (and Lit compare) every item again on every render of the form.
 */
function itemFunctionsOf(node: ArrayNode, pointer: string, ctx: RenderContext, renderField: RenderField): ItemFunctions {
  let byPointer = itemFunctions.get(ctx.store);
  if (!byPointer) itemFunctions.set(ctx.store, (byPointer = new Map()));
  const kept = byPointer.get(pointer);
  const same = kept?.settings;
  if (kept && kept.node === node && same!.lang === ctx.lang && same!.readonly === ctx.readonly && same!.disabled === ctx.disabled)
    return kept;
  const settings = { ...ctx };
  // A tuple's leading positions have their own schemas (prefixItems); the rest share `item`.
  const nodeFor = (index: number) => node.prefix[index] ?? node.item;
  const made = {
    node,
    settings,
    renderItem: (itemPointer: string, index: number) => renderField(nodeFor(index), itemPointer, settings, { bare: true }),
    createItem: () => defaultValueOf(nodeFor(((settings.store.get(pointer) as unknown[] | undefined) ?? []).length)),
  };
  byPointer.set(pointer, made);
  return made;
}

/** An array of a form as `<mk-array>`, its items rendered by `renderField`. */
export function renderArray(node: ArrayNode, pointer: string, ctx: RenderContext, renderField: RenderField): TemplateResult {
  const item = node.item;
  const { renderItem, createItem } = itemFunctionsOf(node, pointer, ctx, renderField);
  return html`<mk-array
    path=${pointer}
    ?hide-label=${node.labelHidden}
    .label=${localise(node.label, ctx.lang)}
    .hint=${localise(node.help, ctx.lang)}
    .itemLabel=${localise(item.label, ctx.lang) || localise(node.label, ctx.lang)}
    .minItems=${node.minItems}
    .maxItems=${node.maxItems}
    .fixedItems=${node.prefix.length}
    .required=${node.required}
    .readonly=${node.readOnly}
    .renderItem=${renderItem}
    .createItem=${createItem}
  ></mk-array>`;
}
