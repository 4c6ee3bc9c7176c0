import { nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { localise } from '../l10n/catalogue.js';
import type { FieldNode, ObjectNode, ValueNode } from '../schema/field-tree.js';
import { isRelativePointer, joinPointer, resolveRelativePointer } from '../store/pointer.js';
import { inlineField, type FieldSettings } from './field-binding.js';
import { groupFrame } from './group-frame.js';
import { showWhen } from './show-when.js';
import { requireFits } from '../schema/fits-engine.js';
import { lazyModule } from '../lazy-module.js';
import { arrayWidget } from '../widgets/array-chunk.js';
import { defineOnFirstUse, loadingNotice, whenLoaded } from '../widgets/lazy.js';
import { html, slots } from '../templates/compact-html.js';

// Widgets few forms use load on first render, in one chunk (see widgets/lazy.ts); the rest of the form renders meanwhile.
const rare = lazyModule(() => import('../widgets/rare-widgets.js'));

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
 * `/array/<index>`). Objects become fieldsets with legends, arrays `<mk-array>` (from a chunk loaded the first time a
 * form renders one, with a loading notice in its place meanwhile: widgets/array-chunk.ts), values light fields bound to
 * the store at their pointer.
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
        ? html`${whenLoaded(arrayWidget, (m) => m.renderArray(node, pointer, ctx, renderField), loadingNotice(ctx.lang, localise(node.label, ctx.lang)))}`
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
