import type { Translation } from './translation.js';

/** English for `<mk-array>` (its buttons and announcements): the array's code adds it (`addEnglish`). */
export const enArray = {
  add: 'Add',
  addItem: ({ label }) => `Add ${label}`,
  remove: 'Remove',
  removeItem: ({ label, n }) => `Remove ${label} ${n}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  itemLabel: ({ label, n }) => `${label} ${n}`,
  itemMoved: ({ label, n }) => `${label} moved to position ${n}.`,
  itemAdded: ({ label, n }) => `${label} ${n} added.`,
  itemRemoved: ({ label, n }) => `${label} ${n} removed.`,
  noItems: 'No items yet.',
} satisfies Partial<Translation>;
