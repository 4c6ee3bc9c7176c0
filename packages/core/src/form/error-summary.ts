import { html, nothing, render, type TemplateResult } from 'lit';
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
      () => 'label',
      () => {},
    ),
    document.createElement('div'),
  );
}
