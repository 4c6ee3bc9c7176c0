import { nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { localise } from '../l10n/catalogue.js';
import type { ItemRenderer } from '../array/array.js';
import type { ArrayNode, FieldNode, ObjectNode, ValueNode } from '../schema/field-tree.js';
import type { FormStore } from '../store/form-store.js';
import { isRelativePointer, joinPointer, resolveRelativePointer } from '../store/pointer.js';
import { defaultValueOf } from './defaults.js';
import { inlineField, type FieldSettings } from './field-binding.js';
import { groupFrame } from './group-frame.js';
import { showWhen } from './show-when.js';
import { requireFits } from '../schema/fits-engine.js';
import { lazyModule } from '../lazy-module.js';
import { defineOnFirstUse, loadingNotice, whenLoaded } from '../widgets/lazy.js';
import { html, slots } from '../templates/compact-html.js';

// Widgets few forms use load on first render, in one chunk (see widgets/lazy.ts); the rest of the form renders meanwhile.
const rare = lazyModule(() => import('../widgets/rare-widgets.js'));
// `<mk-array>` too: defined the first time a form renders an array.
const arrays = lazyModule(() => import('../widgets/array-widget.js'));

/** What rendering a field tree needs besides the tree: the form's store, language, and whether it is read-only or disabled. */
export type RenderContext = FieldSettings;

/**
 * How a node is rendered: `bare`, an object's fields without their fieldset (an array's items, a form's root);
 * `labelledBy`, the id of an element beside a value field, in the same root, that names it instead of its label
 * (a rubric criterion's text, beside its radios).
 */
export interface RenderOptions {
  bare?: boolean;
  labelledBy?: string;
}

/** What a node renders as: its markup, a light field's directive, or nothing. */
export type RenderedField = TemplateResult | DirectiveResult | typeof nothing;

/**
 * Renders one node of a field tree at `pointer` (array items render their item node at
 * `/array/<index>`). Objects become fieldsets with legends, arrays `<mk-array>`, values light fields
 * bound to the store at their pointer.
 */
export function renderField(
  node: FieldNode,
  pointer: string,
  ctx: RenderContext,
  { bare = false, labelledBy }: RenderOptions = {},
): RenderedField {
  if (node.hidden) return nothing;
  if (node.recursive)
    return html`${whenLoaded(rare, (m) => m.renderOpener(node, pointer, ctx, renderField, { bare }), loadingNotice(ctx.lang, localise(node.label, ctx.lang)))}`;
  const body =
    node.kind === 'object'
      ? renderObject(node, pointer, ctx, bare)
      : node.kind === 'array'
        ? renderArray(node, pointer, ctx)
        : node.kind === 'alternatives'
          ? html`${whenLoaded(rare, (m) => m.renderAlternatives(node, pointer, ctx, renderField), loadingNotice(ctx.lang, localise(node.label, ctx.lang)))}`
          : renderValue(node, pointer, ctx, labelledBy);
  if (!node.showIf) return body;
  const condition = isRelativePointer(node.showIf.pointer)
    ? { ...node.showIf, pointer: resolveRelativePointer(pointer, node.showIf.pointer) }
    : node.showIf;
  return html`<div ${showWhen(ctx.store, condition)}>${body}</div>`;
}

/**
 * An object's entries beyond its declared properties need the map editor when the schema names them
 * (`additionalProperties` or `patternProperties` given) or the record has some; an object that only
 * allows them by default, with none, renders no editor (and loads none). The form renders again when
 * a record is loaded, so entries that arrive with one are shown.
 */
function showsMap(node: ObjectNode, value: unknown): boolean {
  const extra = node.extra;
  if (!extra) return false;
  if (extra.open) return true;
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((key) => !extra.declares(key));
}

function renderObject(node: ObjectNode, pointer: string, ctx: RenderContext, bare: boolean): TemplateResult {
  // One slot per part: the help, each child, the conditions and the map (each only when there is one); the group's own
  // problem is its fieldset directive's (groupFrame).
  const help = bare ? '' : localise(node.help, ctx.lang);
  // Conditions (`if`/`then`, dependencies) render from the fits chunk, which built them: the form loaded it before
  // it built the tree, so their fields come with the rest of the form.
  const conditions = node.conditions.length ? requireFits().renderConditions(node, pointer, ctx, renderField) : nothing;
  const parts: unknown[] = help ? [html`<p class="group-help" .textContent=${help}></p>`] : [];
  for (const child of node.children) parts.push(renderField(child, joinPointer(pointer, child.key), ctx));
  if (conditions !== nothing) parts.push(conditions);
  if (showsMap(node, ctx.store.get(pointer)))
    parts.push(
      whenLoaded(rare, (m) => m.renderMapEditor(node, pointer, ctx, renderField), loadingNotice(ctx.lang, localise(node.label, ctx.lang))),
    );
  // A group's template is shared by the groups of its shape (an observation's points), an array's by its items, and
  // the fields are written into it; a form's own fields (its root) are not: that template would be made for one use.
  if (bare) return html`${slots(parts, { join: pointer !== '' })}`;
  return html`<fieldset class="group" part="group" ${groupFrame(ctx.store, pointer, localise(node.label, ctx.lang), ctx.lang)}>
    <legend></legend>
    ${slots(parts)}
  </fieldset>`;
}

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
function itemFunctionsOf(node: ArrayNode, pointer: string, ctx: RenderContext): ItemFunctions {
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

function renderArray(node: ArrayNode, pointer: string, ctx: RenderContext): TemplateResult {
  const item = node.item;
  const { renderItem, createItem } = itemFunctionsOf(node, pointer, ctx);
  defineOnFirstUse(arrays, 'mk-array');
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
    >${defined('mk-array') ? nothing : loadingNotice(ctx.lang, localise(node.label, ctx.lang))}</mk-array
  >`;
}

/** True when the page defined `tag` already: its shadow root would hide a loading notice at once, so none is made. */
function defined(tag: string): boolean {
  return customElements.get(tag) !== undefined;
}

function renderValue(node: ValueNode, pointer: string, ctx: RenderContext, labelledBy?: string): RenderedField {
  switch (node.widget) {
    case 'json':
    case 'null': {
      const draw = ({ renderJsonEditor, renderNull }: typeof import('../widgets/rare-widgets.js')) =>
        node.widget === 'json' ? renderJsonEditor(node, pointer, ctx) : renderNull(node, pointer, ctx);
      return html`${whenLoaded(rare, draw, loadingNotice(ctx.lang, localise(node.label, ctx.lang)))}`;
    }
    case 'signature':
      // A signature stays an element of its own, defined when a form first renders one (few forms do).
      defineOnFirstUse(rare, 'mk-signature');
      return html`<mk-signature
        path=${pointer}
        ?hide-label=${node.labelHidden}
        .label=${localise(node.label, ctx.lang)}
        .hint=${localise(node.help, ctx.lang)}
        .required=${node.required}
        .readonly=${node.readOnly}
        >${defined('mk-signature') ? nothing : loadingNotice(ctx.lang, localise(node.label, ctx.lang))}</mk-signature
      >`;
    default:
      // Its widget's markup, written into the template around it: no template instance or markers of its own.
      return inlineField(node, pointer, ctx, labelledBy);
  }
}
