/** The Targets table of a summary (see report.mjs). */
export declare function renderTargets(summary: object): string;
