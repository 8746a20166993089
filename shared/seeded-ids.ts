/**
 * The ids of the rows the app itself creates on first start, the same on every till, so two
 * tills set up apart from each other already agree on "the showroom" and "cash" before they
 * ever meet in a hub. Payment methods always had fixed ids (seeded-names.ts); roles are their
 * names. Fixed UUID-shaped strings: they pass every id check a random id passes.
 */
export const seededLocationIds = {
  showroom: '5eed0000-0000-5000-8000-000000000001',
  storeroom: '5eed0000-0000-5000-8000-000000000002',
} as const
