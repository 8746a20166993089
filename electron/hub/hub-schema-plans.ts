// Hub schema version 6 (frozen once shipped): the gates every uploaded ledger row passes plan
// their lookups afresh for each row.
// PL/pgSQL caches a statement's plan per connection and, after five runs, keeps a generic plan
// made from the table's statistics at that moment. A hub starts empty, and a till's first sync
// is one long connection inserting tens of thousands of rows: the generic plans chosen while
// ledger_rows looked empty were sequential scans, so each row's look-up of the link before it
// (and of its sale) read every row sent so far. A 500-row batch went from 0.1 s to 0.7 s as the
// upload went on (a day's trade uploaded at about 300 rows/s). Planning each look-up costs
// microseconds and keeps every batch as fast as the first (npm run bench, sync section).

const ROW_GATES = ['ledger_rows_admit', 'ledger_rows_locate', 'ledger_rows_shared_location']

/** Version 6's statements. */
export const hubPlansSchema: readonly string[] = ROW_GATES.map(
  (gate) => `ALTER FUNCTION ${gate}() SET plan_cache_mode = force_custom_plan`,
)
