/** The stable DOM contract on badged links and on every badge host, as the README lists it. */
export const CONTRACT_ATTRIBUTES = [
  'data-cll-platform',
  'data-cll-private',
  'data-cll-group',
  'data-cll-category',
  'data-cll-warning',
  'data-cll-imitates',
];
