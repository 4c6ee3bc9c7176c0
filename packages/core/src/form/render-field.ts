import { html, nothing, type TemplateResult } from 'lit';
import { localise } from '../l10n/catalogue.js';
import type { ArrayNode, FieldNode, ObjectNode, ValueNode } from '../schema/field-tree.js';
import { isRelativePointer, joinPointer, resolveRelativePointer } from '../store/pointer.js';
import { defaultValueOf } from './defaults.js';
import { field, type FieldSettings } from './field-binding.js';
import { showWhen } from './show-when.js';
import { renderConditions } from '../widgets/conditions.js';
import { defineOnFirstUse, lazyModule, loadingNotice, whenLoaded } from '../widgets/lazy.js';
import { groupProblem } from '../widgets/group-problem.js';
import { renderOpener } from '../widgets/opener.js';

// Widgets few forms use load on first render, in one chunk (see widgets/lazy.ts); the rest of the form renders meanwhile.
const rare = lazyModule(() => import('../widgets/rare-widgets.js'));

/** What rendering a field tree needs besides the tree: the form's store, language, and whether it is read-only or disabled. */
export type RenderContext = FieldSettings;

/**
 * Renders one node of a field tree at `pointer` (array items render their item node at
 * `/array/<index>`). Objects become fieldsets with legends, arrays `<mk-array>`, values light fields
 * bound to the store at their pointer.
 */
export function renderField(node: FieldNode, pointer: string, ctx: RenderContext, { bare = false } = {}): TemplateResult | typeof nothing {
  if (node.hidden) return nothing;
  if (node.recursive) return renderOpener(node, pointer, ctx, renderField, { bare });
  const body =
    node.kind === 'object'
      ? renderObject(node, pointer, ctx, bare)
      : node.kind === 'array'
        ? renderArray(node, pointer, ctx)
        : node.kind === 'alternatives'
          ? html`${whenLoaded(rare, (m) => m.renderAlternatives(node, pointer, ctx, renderField), loadingNotice(ctx.lang, localise(node.label, ctx.lang)))}`
          : renderValue(node, pointer, ctx);
  if (!node.showIf) return body;
  const condition = isRelativePointer(node.showIf.pointer)
    ? { ...node.showIf, pointer: resolveRelativePointer(pointer, node.showIf.pointer) }
    : node.showIf;
  return html`<div ${showWhen(ctx.store, condition)}>${body}</div>`;
}

function renderObject(node: ObjectNode, pointer: string, ctx: RenderContext, bare: boolean): TemplateResult {
  const children = html`${node.children.map((child) => renderField(child, joinPointer(pointer, child.key), ctx))}
  ${renderConditions(node, pointer, ctx, renderField)}
  ${node.extra ? whenLoaded(rare, (m) => m.renderMapEditor(node, pointer, ctx, renderField), loadingNotice(ctx.lang, localise(node.label, ctx.lang))) : nothing}`;
  if (bare) return html`${children}`;
  const help = localise(node.help, ctx.lang);
  return html`<fieldset class="group" part="group" data-pointer=${pointer}>
    <legend>${localise(node.label, ctx.lang)}</legend>
    ${help ? html`<p class="group-help">${help}</p>` : nothing}
    <p class="group-error">${groupProblem(ctx.store, pointer, ctx.lang)}</p>
    ${children}
  </fieldset>`;
}

function renderArray(node: ArrayNode, pointer: string, ctx: RenderContext): TemplateResult {
  const item = node.item;
  // A tuple's leading positions have their own schemas (prefixItems); the rest share `item`.
  const nodeFor = (index: number) => node.prefix[index] ?? item;
  const renderItem = (itemPointer: string, index: number) =>
    renderField(nodeFor(index), itemPointer, ctx, { bare: true }) as TemplateResult;
  return html`<mk-array
    path=${pointer}
    ?hide-label=${node.labelHidden}
    .label=${localise(node.label, ctx.lang)}
    .hint=${localise(node.help, ctx.lang)}
    .itemLabel=${localise(item.label, ctx.lang) || localise(node.label, ctx.lang)}
    .minItems=${node.minItems}
    .maxItems=${node.maxItems}
    .required=${node.required}
    .readonly=${node.readOnly}
    .renderItem=${renderItem}
    .createItem=${() => defaultValueOf(nodeFor(((ctx.store.get(pointer) as unknown[] | undefined) ?? []).length))}
  ></mk-array>`;
}

function renderValue(node: ValueNode, pointer: string, ctx: RenderContext): TemplateResult {
  switch (node.widget) {
    case 'json':
    case 'null': {
      const draw = ({ renderJsonEditor, renderNull }: typeof import('../widgets/rare-widgets.js')) =>
        node.widget === 'json' ? renderJsonEditor(node, pointer, ctx) : renderNull(node, pointer, ctx);
      return html`${whenLoaded(rare, draw, loadingNotice(ctx.lang, localise(node.label, ctx.lang)))}`;
    }
    case 'date':
    case 'date-time':
      // A date field stays an element for now: it keeps what was typed in the language's form until it is left.
      return html`<mk-date-field
        path=${pointer}
        ?hide-label=${node.labelHidden}
        .type=${node.constraints.format === 'time' ? 'time' : node.widget}
        .label=${localise(node.label, ctx.lang)}
        .hint=${localise(node.help, ctx.lang)}
        .required=${node.required}
        .readonly=${node.readOnly}
        .constraints=${node.constraints}
      ></mk-date-field>`;
    case 'signature':
      // A signature stays an element of its own, defined when a form first renders one (few forms do).
      defineOnFirstUse(rare);
      return html`<mk-signature
        path=${pointer}
        ?hide-label=${node.labelHidden}
        .label=${localise(node.label, ctx.lang)}
        .hint=${localise(node.help, ctx.lang)}
        .required=${node.required}
        .readonly=${node.readOnly}
        >${loadingNotice(ctx.lang, localise(node.label, ctx.lang))}</mk-signature
      >`;
    default:
      return html`${field(node, pointer, ctx)}`;
  }
}
