import { enArray } from './en-array.js';
import { enCore } from './en-core.js';
import { enDrafts } from './en-drafts.js';
import { enEditors } from './en-editors.js';
import { enProblems } from './en-problems.js';
import type { Translation } from './translation.js';

/**
 * The whole English catalogue (a translation can start from it). The engine itself carries only
 * `enCore`; the terms of widgets that load on demand come with their code (see `addEnglish`).
 */
export const en: Translation = { ...enCore, ...enArray, ...enDrafts, ...enEditors, ...enProblems };
