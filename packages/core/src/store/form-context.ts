import { createContext } from '@lit/context';
import type { FormStore } from './form-store.js';

/** What `<mk-form>` (or a document element) provides to the fields inside it. */
export interface FormContext {
  store: FormStore;
  lang: string;
  readonly: boolean;
  disabled: boolean;
}

export const formContext = createContext<FormContext | undefined>(Symbol('mk-form-context'));
