/**
 * The nine items of the editorial checklist, in the order editors work
 * through them. Their texts live in the strings module; the build gate and
 * the guidelines page both read this list, so they cannot disagree.
 */
export const CHECKLIST_ITEMS = [
  'sources',
  'claims',
  'headline',
  'images',
  'disclosure',
  'minors',
  'rightOfReply',
  'review',
  'corrections',
] as const;

export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
