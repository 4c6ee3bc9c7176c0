import { html, nothing, type TemplateResult } from 'lit';
import { localise, term } from '../l10n/catalogue.js';
import type { RenderContext } from '../form/render-field.js';
import type { AlternativesNode, Branch } from '../schema/field-tree.js';
import type { FormStore } from '../store/form-store.js';
import { uniqueId } from './ids.js';
import type { RenderChild } from './render-child.js';
import { watch } from './watch.js';

/** The branch the user picked, per form and pointer: it stays while they fill it in, whatever fits first. */
const chosen = new WeakMap<FormStore, Map<string, number>>();

function chosenIn(store: FormStore): Map<string, number> {
  let map = chosen.get(store);
  if (!map) chosen.set(store, (map = new Map()));
  return map;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The value after switching to `branch`: what fits the new branch stays (an object keeps the
 * properties the branch declares and whose values fit them), the discriminator takes the branch's
 * value, the rest is dropped.
 */
export function valueForBranch(branch: Branch, old: unknown): unknown {
  const node = branch.node;
  if (node.kind === 'object') {
    const next: Record<string, unknown> = {};
    const declared = new Map(node.children.map((child) => [child.key, child]));
    if (isObject(old)) {
      for (const [key, value] of Object.entries(old)) {
        const child = declared.get(key);
        if (child ? branch.keeps(key, value) : node.extra?.open && node.extra.checkKey(key, []) === undefined) next[key] = value;
      }
    }
    if (branch.discriminator) next[branch.discriminator.key] = branch.discriminator.value;
    return next;
  }
  if (old !== undefined && branch.fits(old)) return old;
  return node.default !== undefined ? structuredClone(node.default) : node.kind === 'array' ? [] : undefined;
}

/**
 * A `oneOf` / `anyOf` of objects, or a `type` array: a chooser labelled by each branch's title (or
 * its discriminator value), and the chosen branch's fields. Loaded data selects the branch it fits;
 * switching keeps the values that fit both branches.
 */
export function renderAlternatives(node: AlternativesNode, pointer: string, ctx: RenderContext, renderChild: RenderChild): TemplateResult {
  const { store, lang } = ctx;
  const picks = chosenIn(store);
  const active = (): number => {
    const value = store.get(pointer);
    const picked = picks.get(pointer);
    // A pick holds while the value still belongs to it (typing below changes nothing); a value
    // loaded or replaced from outside selects its own branch.
    const branch = picked === undefined ? undefined : node.branches[picked];
    if (branch && (value === undefined || branch.fits(value) || (isObject(value) && !branch.discriminator))) return picked!;
    if (branch?.discriminator && isObject(value) && value[branch.discriminator.key] === branch.discriminator.value) return picked!;
    return node.branchOf(value);
  };
  const id = uniqueId('mk-branch');
  const onChange = (event: Event) => {
    const index = Number((event.target as HTMLSelectElement).value);
    const branch = node.branches[index];
    if (!branch) return;
    picks.set(pointer, index);
    store.set(pointer, valueForBranch(branch, store.get(pointer)), { subtree: true });
  };
  const label = localise(node.label, lang);
  const help = localise(node.help, lang);
  const chooser = () => {
    const current = active();
    return html`<div class="branch-chooser">
        <label for=${id}>${label}${node.required ? html`<span class="required-mark" aria-hidden="true"> *</span>` : nothing}</label>
        ${help ? html`<p class="group-help" id=${`${id}-help`}>${help}</p>` : nothing}
        <select
          id=${id}
          path=${pointer}
          data-branch-chooser
          data-discriminator=${node.branches[Math.max(current, 0)]?.discriminator?.key ?? nothing}
          aria-describedby=${help ? `${id}-help` : nothing}
          ?disabled=${node.readOnly}
          @change=${onChange}
        >
          ${current < 0 ? html`<option value="" selected>${term(lang, 'choose')}</option>` : nothing}
          ${node.branches.map((branch, i) => html`<option value=${i} ?selected=${i === current}>${localise(branch.label, lang)}</option>`)}
        </select>
      </div>
      ${current < 0 ? nothing : renderChild(node.branches[current]!.node, pointer, ctx, { bare: true })}`;
  };
  return html`<div class="alternatives" part="alternatives" data-pointer=${pointer}>
    ${watch(store, pointer, { key: active, render: chooser })}
  </div>`;
}
