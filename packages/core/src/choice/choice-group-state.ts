import { nothing } from 'lit';
import { directive, type ElementPart } from 'lit/directive.js';
import type { FieldEvents, FieldView } from '../form-control/field-view.js';
import { notify } from '../form-control/field-view.js';
import { FrameState, GroupState } from '../form-control/part-states.js';
import { delegate } from '../templates/delegated-events.js';
import { ElementDirective } from '../templates/element-directive.js';
import { ChoiceOptions, type OptionEvents, type OptionState, type OptionsLayout } from './option-state.js';

/** What a choice group's wrapper directive is given: the field's view, its kind, its options' type and states, and its listeners. */
type ChoiceGroupArgs = [FieldView, string, 'radio' | 'checkbox', readonly OptionState[], FieldEvents & OptionEvents, OptionsLayout];

/**
 * Element directive on the `<fieldset>` of a choice group (radios or checkboxes), which is the field's wrapper too, and
 * whose first child is its options box: the fieldset's `FrameState` and `GroupState`, the box's `ChoiceOptions`, and
 * the group's listeners (`pick(index)` or `toggle(index)` on an option's `input`, `change`, and
 * `focusout` for `leave`), as one part: a form of hundreds of rated points builds one part and one directive per group
 * where one on each element would be three of each, and no wrapper element around the fieldset (one box fewer to lay
 * out per group). A radio group's fieldset says `aria-required`.
 */
class ChoiceGroupStateDirective extends ElementDirective {
  readonly #frame = new FrameState();
  readonly #group = new GroupState();
  readonly #options = new ChoiceOptions();
  #fieldset?: HTMLFieldSetElement;
  #box?: Element;
  #type?: 'radio' | 'checkbox';
  #on?: FieldEvents & OptionEvents;
  #host?: object;

  render(..._args: ChoiceGroupArgs): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [view, kind, type, states, on, layout]: ChoiceGroupArgs): typeof nothing {
    const wrapper = part.element;
    if (!this.#on) {
      // Found once, before the legend and notes the group state places around the box.
      this.#fieldset = wrapper as HTMLFieldSetElement;
      this.#box = wrapper.firstElementChild!;
      this.#type = type;
      this.#host = part.options?.host ?? wrapper;
      delegate(part, ['focusout'], this);
      delegate(part, ['input', 'change'], this, this.#box);
    }
    this.#on = on;
    this.#frame.update(wrapper, view, kind);
    this.#group.update(this.#fieldset!, this.#box!, view, type === 'radio');
    this.#options.update(this.#box!, type, states, layout);
    return nothing;
  }

  handleEvent(event: Event): void {
    const on = this.#on!;
    const host = this.#host!;
    if (event.type === 'focusout') return notify(on, on.leave as ((event: Event) => void) | undefined, host, event);
    if (event.type === 'change') return notify(on, on.change, host, event);
    const index = ChoiceOptions.indexOf(this.#box!, event.target);
    if (index !== undefined) notify(on, this.#type === 'radio' ? on.pick : on.toggle, host, index);
  }
}

/** The state of a choice group's fieldset and options (see {@link ChoiceGroupStateDirective}). */
export const choiceGroupState = directive(ChoiceGroupStateDirective);
