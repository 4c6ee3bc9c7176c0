import { html, nothing, render, type TemplateResult } from 'lit';
import { addEnglish, term } from '../l10n/catalogue.js';
import { enProblems } from '../l10n/en-problems.js';
import { messageFor } from '../validation/message.js';
import type { Problem } from '../validation/problem.js';

addEnglish(enProblems);

/** Where the summary sends the user for one problem: its field, or the answer that shows the hidden part it is in. */
export interface ProblemPlace {
  /** The label of the problem's field ('' for none). */
  label: string;
  /** While a `showIf` hint hides the field: the answer that would show it (its pointer and label). */
  hiddenBy?: { pointer: string; label: string };
}

/**
 * The error summary's content: its title, and for each problem a link that says "Label: message" and leads to
 * its field (`follow` handles a click on the link). A problem whose field is hidden now says so, and where:
 * its link leads to the answer that shows it, since a hidden field cannot take the focus. An answer the
 * schema refuses (`notExpected`: a loaded record's property the form does not have) has no field to fix it
 * in: its item is text, not a link, and offers to remove the answer (`remove`; left out where the form cannot
 * be edited). So is a problem of the record as a whole (at the pointer `''`).
 */
export function errorSummaryContent(
  problems: readonly Problem[],
  lang: string,
  placeOf: (problem: Problem) => ProblemPlace,
  follow: (event: Event, pointer: string) => void,
  remove?: (pointer: string) => void,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<h2 id="summary-title">${term(lang, 'errorSummaryTitle', { count: problems.length })}</h2>
    <ul>
      ${problems.map((problem) => {
        const { label, hiddenBy } = placeOf(problem);
        const text = `${label ? `${label}: ` : ''}${messageFor(problem, lang)}${hiddenBy ? ` ${term(lang, 'hiddenByAnswer', { label: hiddenBy.label })}` : ''}`;
        // An answer the schema refuses, and a problem of the record as a whole (`minProperties` at the root, a record
        // not checked yet), have no field to go to: text, not a link that leads nowhere.
        const refused = problem.key === 'notExpected';
        if (refused || (problem.pointer === '' && !hiddenBy))
          return html`<li>
            <span class="unlinked">${text}</span>${
              refused && remove
                ? html` <button type="button" class="remove" @click=${() => remove(problem.pointer)}>
                    ${term(lang, 'removeUnexpected', { name: String(problem.params['name']) })}
                  </button>`
                : nothing
            }
          </li>`;
        const target = hiddenBy?.pointer ?? problem.pointer;
        return html`<li><a href=${`#${target}`} @click=${(e: Event) => follow(e, target)}>${text}</a></li>`;
      })}
    </ul>`;
}

let prepared = false;

/**
 * Builds the summary's template, which a page's first submit shows and no render has built yet, once per
 * page (its caller, lazy-problems.ts, runs it when the page is idle). Lit parses a template's HTML the first
 * time it renders it (0.3–1 ms on a busy 2-core machine, most of a first submit's time) and keeps what it
 * built for every later render, in any form of the page. A built-in field's error is no template
 * (form-control/field-notes.ts).
 */
export function prepareProblemTemplates(lang: string): void {
  if (prepared) return;
  prepared = true;
  const sample: Problem = { pointer: '', keyword: 'required', key: 'valueMissing', params: {} };
  render(
    errorSummaryContent(
      [sample],
      lang,
      () => ({ label: 'label' }),
      () => {},
    ),
    document.createElement('div'),
  );
}
