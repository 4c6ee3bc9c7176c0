import { nothing, type TemplateResult } from 'lit';
import { html } from '@mentorkit/core/templates/compact-html.js';
import { localise, type FormStore } from '@mentorkit/core';
import { watch } from '@mentorkit/core/widgets/watch.js';
import { own } from '@mentorkit/schemas/own.js';
import { terms } from '../l10n/terms.js';
import { formatDate } from './format-date.js';

/**
 * A part of a record that one person writes (feedback, a reflection, a comment, a review, an added commitment):
 * writing one of its `texts` sets its `author` (from the element's `user`) and `date` (the element's clock).
 */
export interface AuthoredPart {
  /** Pointers of the part, for example `^/reviews/\d+$`. */
  part: RegExp;
  /** Its text members: writing one sets the author and date. */
  texts: readonly string[];
  /** The member that holds the author (a person `{ name, id? }`). */
  author: string;
  /** The member that holds the date written (`YYYY-MM-DD`). */
  date: string;
}

function authorAndDate(store: FormStore, pointer: string, part: AuthoredPart): [string, string] {
  const value = store.get(pointer);
  const name = own(own(value, part.author), 'name');
  const date = own(value, part.date);
  return [typeof name === 'string' ? name : '', typeof date === 'string' ? date : ''];
}

/**
 * "Written by Anna Berg, 1 October 2025" (or "Written on …" without an author) under an authored part, as text with
 * a `<time>`: what the element set, shown again as soon as a keystroke changes it (also inside an array item).
 */
export function renderByline(store: FormStore, pointer: string, part: AuthoredPart, lang: string): unknown {
  const key = () => authorAndDate(store, pointer, part);
  return watch(store, pointer, {
    key,
    render: (): TemplateResult | typeof nothing => {
      const [name, date] = key();
      if (!name && !date) return nothing;
      const time = date ? html`<time datetime=${date}>${formatDate(date, lang)}</time>` : nothing;
      return name
        ? html`<p class="byline" part="byline">
            ${localise(terms.writtenBy, lang)} <span class="author">${name}</span>${date ? ', ' : ''}${time}
          </p>`
        : html`<p class="byline" part="byline">${localise(terms.writtenOn, lang)} ${time}</p>`;
    },
  });
}
