export {
  checkSeals,
  signatureStatus,
  validateSeals,
  type SealChange,
  type SealReport,
  type SealState,
  type SignatureCheck,
  unsignedReport,
} from './check-seals.js';
export { createSignature, type SignatureInput } from './create-signature.js';
export { openPartsOf, pointerTokens, sealedContent, templateAsSigned, valueAt } from './seal-content.js';
export { differences, type ValueChange } from './seal-diff.js';
export { sealHash, sealVersion } from './seal-hash.js';
export { metRequirements, signoffsOf, type MetRequirement, type SealRequirement } from './seal-requirements.js';
export { expectedSigners, matchSignatures, signs, type ExpectedSigner, type SignerState } from './agreement-signers.js';
