// Hub schema version 5 (frozen once shipped): the PNBP register is the institution's, not a
// location's. Deposits, their cancellations and the yearly targets carry no location, so
// version 3's policy never let another till read them; every till may now, so Laporan's
// "all tills (hub)" PNBP can say what the whole showroom deposited. Still read-only: the
// insert policy (own device only) and the append-only triggers stay as they were.

/** The ledger tables every till may read from every other till. */
export const PNBP_LEDGER_TABLES = [
  'pnbp_deposits',
  'pnbp_deposit_cancellations',
  'pnbp_targets',
] as const

/** Version 5's statements; `TILL_GROUP` is the tills' group role (see hub-schema.ts). */
export const hubPnbpSchema = (TILL_GROUP: string): readonly string[] => [
  // Permissive policies add up: this one widens what a till reads, and nothing else.
  `CREATE POLICY till_read_pnbp ON ledger_rows FOR SELECT TO ${TILL_GROUP}
     USING (table_name IN (${PNBP_LEDGER_TABLES.map((t) => `'${t}'`).join(', ')}))`,
]
