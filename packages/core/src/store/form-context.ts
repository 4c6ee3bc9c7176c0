import type { Context } from '@lit/context';
import type { FormStore } from './form-store.js';

/** What `<mk-form>` (or a document element) provides to the fields inside it. */
export interface FormContext {
  store: FormStore;
  lang: string;
  readonly: boolean;
  disabled: boolean;
}

// `createContext` returns its key as it is: not imported, so a form's bundle does not carry @lit/context.
export const formContext = Symbol('mk-form-context') as Context<symbol, FormContext | undefined>;
