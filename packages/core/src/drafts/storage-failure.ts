/** Why a browser could not keep a draft, in terms a teacher can act on. */
export type StorageFailure = 'full' | 'blocked' | 'unavailable';

/**
 * Names a storage error: `QuotaExceededError` is a full disk or quota; `SecurityError` and `InvalidStateError`
 * are what browsers throw when the user or a policy keeps the site from storing anything (private windows,
 * blocked site data); anything else is storage that is not there.
 */
export function storageFailure(error: unknown): StorageFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'blocked';
  return 'unavailable';
}
