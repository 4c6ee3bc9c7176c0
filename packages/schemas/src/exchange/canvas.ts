import type { RubricTemplate } from '../generated/types/index.js';
import { levelsLowToHigh } from './record-facts.js';
import { textIn } from './text.js';

/** A rating of a Canvas rubric criterion (Canvas REST API, `RubricRating`). */
export interface CanvasRubricRating {
  id: string;
  criterion_id: string;
  description: string;
  long_description: string;
  points: number;
}

/** A Canvas rubric criterion (`RubricCriterion`). */
export interface CanvasRubricCriterion {
  id: string;
  description: string;
  long_description: string;
  points: number;
  criterion_use_range: boolean;
  ratings: CanvasRubricRating[];
}

/**
 * A Canvas rubric (`Rubric`) as a host sends it to Canvas: everything of the documented object but
 * what Canvas assigns (`id`, `context_id`, `context_type`, assessments and associations).
 */
export interface CanvasRubric {
  title: string;
  points_possible: number;
  reusable: boolean;
  read_only: boolean;
  free_form_criterion_comments: boolean;
  hide_score_total: boolean;
  data: CanvasRubricCriterion[];
}

export interface CanvasExportOptions {
  /** Language of the text (default: the template's). */
  lang?: string;
  /** Let graders write a comment per criterion instead of picking only a rating (default true). */
  freeFormComments?: boolean;
}

/**
 * A rubric template as a Canvas rubric: one criterion per template criterion (its standard in the
 * long description), one rating per scale level from the highest down, as Canvas lists them. Points
 * are the levels' values where the scale has them; a scale without values gets 0 points and a hidden
 * score total.
 */
export function rubricToCanvas(template: RubricTemplate, options: CanvasExportOptions = {}): CanvasRubric {
  const lang = options.lang ?? template.lang;
  const levels = levelsLowToHigh(template.scale).reverse();
  const scored = levels.every((level) => typeof level.value === 'number');
  const points = (value: number | undefined) => (scored ? value! : 0);
  const data = template.standards.flatMap((standard) =>
    standard.criteria.map((criterion) => ({
      id: criterion.id,
      description: textIn(criterion.title ?? criterion.text, lang),
      long_description: [textIn(standard.title, lang), criterion.title ? textIn(criterion.text, lang) : ''].filter(Boolean).join(': '),
      points: scored ? Math.max(...levels.map((level) => level.value!)) : 0,
      criterion_use_range: false,
      ratings: levels.map((level) => ({
        id: `${criterion.id}_${level.id}`,
        criterion_id: criterion.id,
        description: textIn(level.label, lang),
        long_description: textIn(level.description, lang),
        points: points(level.value),
      })),
    })),
  );
  return {
    title: textIn(template.title, lang),
    points_possible: data.reduce((sum, criterion) => sum + criterion.points, 0),
    reusable: true,
    read_only: false,
    free_form_criterion_comments: options.freeFormComments ?? true,
    hide_score_total: !scored,
    data,
  };
}

/**
 * The form parameters of Canvas's "Create a single rubric" call (`POST /api/v1/courses/:course_id/rubrics`)
 * for a Canvas rubric: `rubric[title]`, `rubric[criteria][i][…]`, `rubric[criteria][i][ratings][j][…]`.
 */
export function canvasRubricForm(rubric: CanvasRubric): URLSearchParams {
  const form = new URLSearchParams();
  form.set('rubric[title]', rubric.title);
  form.set('rubric[free_form_criterion_comments]', String(rubric.free_form_criterion_comments));
  form.set('rubric[hide_score_total]', String(rubric.hide_score_total));
  rubric.data.forEach((criterion, i) => {
    const at = `rubric[criteria][${i}]`;
    form.set(`${at}[description]`, criterion.description);
    form.set(`${at}[long_description]`, criterion.long_description);
    form.set(`${at}[points]`, String(criterion.points));
    form.set(`${at}[criterion_use_range]`, String(criterion.criterion_use_range));
    criterion.ratings.forEach((rating, j) => {
      form.set(`${at}[ratings][${j}][description]`, rating.description);
      form.set(`${at}[ratings][${j}][long_description]`, rating.long_description);
      form.set(`${at}[ratings][${j}][points]`, String(rating.points));
    });
  });
  return form;
}
