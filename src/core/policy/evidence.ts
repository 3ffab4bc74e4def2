/**
 * How strong the evidence behind a rule is:
 * - announced: the app's own statement;
 * - reported: consistent press tests;
 * - disputed: reports disagree (the rule's explanation says how);
 * - inferred: deduced from surrounding facts.
 */
export type Evidence = 'announced' | 'reported' | 'disputed' | 'inferred';

export const EVIDENCE_LEVELS: readonly Evidence[] = [
  'announced',
  'reported',
  'disputed',
  'inferred',
];
