import { html, nothing, render, type TemplateResult } from 'lit';
import { fieldError } from '../form-control/field-template.js';
import type { FieldView } from '../form-control/field-view.js';
import { term } from '../l10n/catalogue.js';
import { messageFor } from '../validation/message.js';
import type { Problem } from '../validation/problem.js';

/**
 * The error summary's content: its title, and for each problem a link to its field that says
 * "Label: message" (`labelOf` gives the label, '' for none; `follow` handles a click on the link).
 */
export function errorSummaryContent(
  problems: readonly Problem[],
  lang: string,
  labelOf: (problem: Problem) => string,
  follow: (event: Event, pointer: string) => void,
): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<h2 id="summary-title">${term(lang, 'errorSummaryTitle', { count: problems.length })}</h2>
    <ul>
      ${problems.map((problem) => {
        const label = labelOf(problem);
        return html`<li>
          <a href=${`#${problem.pointer}`} @click=${(e: Event) => follow(e, problem.pointer)}
            >${label ? `${label}: ` : ''}${messageFor(problem, lang)}</a
          >
        </li>`;
      })}
    </ul>`;
}

let prepared = false;

/**
 * Builds the templates a page's first submit shows and no render has built yet (the summary's, a
 * field's error), once per page, when it is idle. Lit parses a template's HTML the first time it
 * renders it (0.3–1 ms each on a busy 2-core machine, most of a first submit's time); Lit keeps what
 * it built for every later render, in any form of the page.
 */
export function prepareProblemTemplates(lang: string): void {
  if (prepared) return;
  prepared = true;
  const prepare = () => {
    const scratch = document.createElement('div');
    const sample: Problem = { pointer: '', keyword: 'required', key: 'valueMissing', params: {} };
    render(
      errorSummaryContent(
        [sample],
        lang,
        () => 'label',
        () => {},
      ),
      scratch,
    );
    const view: FieldView = {
      ids: '',
      label: '',
      hideLabel: false,
      hint: '',
      required: false,
      readonly: false,
      disabled: false,
      lang,
      error: ' ',
      valid: false,
    };
    render(fieldError(view), document.createElement('div'));
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 200);
}
