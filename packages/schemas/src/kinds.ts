import type {
  AgreementRecord,
  AgreementTemplate,
  ObservationRecord,
  ObservationTemplate,
  PlanRecord,
  PlanTemplate,
  RubricRecord,
  RubricTemplate,
} from './generated/types/index.js';

export const kinds = ['observation', 'agreement', 'rubric', 'plan'] as const;
export type Kind = (typeof kinds)[number];
export type DocumentRole = 'record' | 'template';

export type Template = ObservationTemplate | AgreementTemplate | RubricTemplate | PlanTemplate;
export type DocumentRecord = ObservationRecord | AgreementRecord | RubricRecord | PlanRecord;

export interface TemplateOfKind {
  observation: ObservationTemplate;
  agreement: AgreementTemplate;
  rubric: RubricTemplate;
  plan: PlanTemplate;
}
export interface RecordOfKind {
  observation: ObservationRecord;
  agreement: AgreementRecord;
  rubric: RubricRecord;
  plan: PlanRecord;
}

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (kinds as readonly string[]).includes(value);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
