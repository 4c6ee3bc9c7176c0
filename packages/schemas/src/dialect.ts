// How a schema's dialect is read before either validation path or the field tree sees it (see draft-04.mjs).
export { fromDraft04 } from './draft-04.mjs';
