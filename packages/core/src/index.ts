export { MkFormControl, toggleState } from './form-control/form-control.js';
export { MkTextControl } from './form-control/text-control.js';
export { formControlStyles, fieldStyles } from './form-control/form-control.styles.js';
export {
  fieldFrame,
  fieldClasses,
  fieldLabel,
  fieldHint,
  fieldError,
  requiredMark,
  describedBy,
  ariaInvalid,
  type FieldView,
  type FieldEvents,
} from './form-control/field-template.js';
export { MkTextField } from './text-field/text-field.js';
export { MkTextarea } from './textarea/textarea.js';
export { MkDateField } from './date-field/date-field.js';
export { MkNumberField } from './number-field/number-field.js';
export { MkChoiceControl, type ChoiceOption } from './choice/choice-control.js';
export { choiceStyles, choiceFieldStyles, symbolGlyphs } from './choice/choice.styles.js';
export { MkSelect } from './select/select.js';
export { MkRadioGroup } from './radio-group/radio-group.js';
export { MkCheckbox } from './checkbox/checkbox.js';
export { MkCheckboxGroup } from './checkbox-group/checkbox-group.js';
export { MkArray, type ItemRenderer } from './array/array.js';
export { MkForm, type RecordValidator } from './form/form.js';
export { MkSubmitEvent, MkInvalidEvent } from './form/events.js';
export { renderField, type RenderContext, type RenderedField, type RenderOptions } from './form/render-field.js';
export { field, type FieldSettings } from './form/field-binding.js';
export { applyDefaults, defaultValueOf } from './form/defaults.js';
export { showWhen, conditionHolds } from './form/show-when.js';
export {
  buildFieldTree,
  sharedFieldTree,
  humanise,
  SchemaError,
  type FieldNode,
  type ObjectNode,
  type ArrayNode,
  type ValueNode,
  type SchemaIssue,
  type Choice,
} from './schema/field-tree.js';
// A tree's conditions, alternatives and property names are read by `fits`, a chunk: await it before reading them outside a form.
export { loadFits } from './schema/fits-engine.js';
export type { JsonSchema, UiHint, UiMap, Widget, ShowIf } from './schema/json-schema.js';
export { surface, tokens } from './styles/tokens.js';
export { FormStore } from './store/form-store.js';
export { formContext, type FormContext } from './store/form-context.js';
export * from './store/pointer.js';
export {
  term,
  localise,
  localiseIn,
  fallbackLanguage,
  translationFor,
  loadTranslation,
  afterLoading,
  registerTranslation,
  availableLanguages,
  type LocalisedText,
} from './l10n/catalogue.js';
export type { HostTranslation, Translation, TermKey, TermWithFallback } from './l10n/translation.js';
export { resolveLang } from './l10n/lang.js';
export { LangController } from './l10n/lang-controller.js';
export { checkConstraints, type Constraints } from './validation/constraints.js';
export { termFor, type Problem } from './validation/problem.js';
export { flagFor } from './validation/validity-flag.js';
export { messageFor } from './validation/message.js';
export { formStyles } from './form/form.styles.js';
export { MkSignature, type SignatureDrawing, type SignatureValue } from './signature/signature.js';
export { cssProperties } from './styles/css-properties.js';
export { SealController, type SealControllerOptions } from './sealing/seal-controller.js';
export { MkSealDialog } from './sealing/seal-dialog.js';
export { renderSealChanges } from './sealing/seal-change.js';
export { isGroupAt, lockedPointers, sealScope } from './sealing/seal-scope.js';
export { sealTerms } from './sealing/seal-terms.js';
export { fillTerm, valueText } from './sealing/seal-text.js';
