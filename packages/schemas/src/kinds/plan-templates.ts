import type { PlanTemplate } from '../generated/types/index.js';
import { planTemplates as templates } from '../templates/plan.mjs';

/** The built-in plan templates, by id, without any validator. */
export const planTemplates: Readonly<Record<string, PlanTemplate>> = templates;
