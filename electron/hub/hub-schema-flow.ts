// Hub schema version 3 (frozen once shipped; version 2 is the shared ids): the rows beyond the
// chained ledgers.
// - Document snapshots: transfers, exhibitions and opname snapshots change state on the till
//   (draft → in transit → received), so each state a till saw goes up as its own append-only
//   record, keyed by the digest of its content (a replay lands on the same key).
// - Sales at shared locations: sale lines, payments, voids and returns carry no location, so
//   the hub files them under their sale's location and tills sharing it may read them.
// - Edits of existing master rows wait as proposals until the hub's admin decides; every
//   decision is its own record (proposals are never rewritten).
// - Stock levels as the hub knows them, for every location, read through one function.

/** The ledger tables a till sharing a location may read from other tills. */
export const SHARED_LEDGER_TABLES = [
  'stock_movements',
  'sales',
  'sale_lines',
  'payments',
  'sale_voids',
  'returns',
  'return_lines',
] as const

const sharedList = SHARED_LEDGER_TABLES.map((t) => `'${t}'`).join(', ')

/** Version 3's statements; `TILL_GROUP` is the tills' group role (see hub-schema.ts). */
export const hubFlowSchema = (TILL_GROUP: string): readonly string[] => [
  `CREATE TABLE doc_snapshots (
     received_id bigserial NOT NULL UNIQUE,
     device_id text NOT NULL,
     kind text NOT NULL CHECK (kind IN ('transfer', 'exhibition', 'count_snapshot')),
     row_id text NOT NULL,
     payload text NOT NULL,
     digest text NOT NULL CHECK (digest = encode(sha256(convert_to(payload, 'UTF8')), 'hex')),
     data jsonb GENERATED ALWAYS AS (payload::jsonb) STORED,
     location_ids text[] NOT NULL,
     taken_at bigint NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (device_id, kind, row_id, digest)
   )`,
  `CREATE INDEX doc_snapshots_latest ON doc_snapshots (kind, row_id, received_id)`,
  `CREATE TRIGGER doc_snapshots_no_update BEFORE UPDATE OR DELETE ON doc_snapshots
     FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER doc_snapshots_no_truncate BEFORE TRUNCATE ON doc_snapshots
     FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
  `ALTER TABLE doc_snapshots ENABLE ROW LEVEL SECURITY`,
  `CREATE POLICY till_insert_own ON doc_snapshots FOR INSERT TO ${TILL_GROUP}
     WITH CHECK (device_id = hub_my_device())`,
  `CREATE POLICY till_read_own_and_shared ON doc_snapshots FOR SELECT TO ${TILL_GROUP}
     USING (device_id = hub_my_device()
            OR location_ids && ARRAY(SELECT hub_my_locations()))`,
  `GRANT SELECT, INSERT ON doc_snapshots TO ${TILL_GROUP}`,
  `GRANT USAGE ON SEQUENCE doc_snapshots_received_id_seq TO ${TILL_GROUP}`,

  // Runs after ledger_rows_admit (triggers fire in name order) and only for admitted rows.
  `CREATE FUNCTION ledger_rows_locate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
     SET search_path = public AS
   $$
   DECLARE parent text;
   BEGIN
     IF NEW.location_id IS NOT NULL THEN RETURN NEW; END IF;
     IF NEW.table_name IN ('sale_lines', 'payments', 'sale_voids', 'returns') THEN
       parent := NEW.data->>'sale_id';
       SELECT location_id INTO NEW.location_id FROM ledger_rows
         WHERE device_id = NEW.device_id AND table_name = 'sales' AND row_id = parent;
     ELSIF NEW.table_name = 'return_lines' THEN
       parent := NEW.data->>'return_id';
       SELECT location_id INTO NEW.location_id FROM ledger_rows
         WHERE device_id = NEW.device_id AND table_name = 'returns' AND row_id = parent;
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER ledger_rows_locate BEFORE INSERT ON ledger_rows
     FOR EACH ROW EXECUTE FUNCTION ledger_rows_locate()`,
  // Rows that arrived before version 2 get their location once, here, by the hub's owner.
  `ALTER TABLE ledger_rows DISABLE TRIGGER ledger_rows_no_update`,
  `UPDATE ledger_rows r SET location_id = s.location_id FROM ledger_rows s
     WHERE r.location_id IS NULL AND r.table_name IN ('sale_lines', 'payments', 'sale_voids', 'returns')
       AND s.device_id = r.device_id AND s.table_name = 'sales' AND s.row_id = r.data->>'sale_id'`,
  `UPDATE ledger_rows r SET location_id = s.location_id FROM ledger_rows s
     WHERE r.location_id IS NULL AND r.table_name = 'return_lines'
       AND s.device_id = r.device_id AND s.table_name = 'returns' AND s.row_id = r.data->>'return_id'`,
  `ALTER TABLE ledger_rows ENABLE TRIGGER ledger_rows_no_update`,
  `DROP POLICY till_read_own_and_shared ON ledger_rows`,
  `CREATE POLICY till_read_own_and_shared ON ledger_rows FOR SELECT TO ${TILL_GROUP}
     USING (device_id = hub_my_device()
            OR (table_name IN (${sharedList}) AND location_id IN (SELECT hub_my_locations())))`,

  // Proposals: a new row is applied on arrival (as in version 1); an edit of a row the hub
  // already holds waits for the admin. The edit carries only the fields that changed.
  `ALTER TABLE master_proposals ADD COLUMN kind text NOT NULL DEFAULT 'new'
     CHECK (kind IN ('new', 'edit'))`,
  `ALTER TABLE master_proposals ADD COLUMN source_id text`,
  `CREATE UNIQUE INDEX master_proposals_source ON master_proposals (device_id, source_id)
     WHERE source_id IS NOT NULL`,
  `CREATE OR REPLACE FUNCTION master_proposals_apply() RETURNS trigger LANGUAGE plpgsql
     SECURITY DEFINER SET search_path = public AS
   $$
   DECLARE v bigint;
   BEGIN
     NEW.proposed_at := now();
     IF NEW.kind = 'edit' THEN
       NEW.applied_version := NULL;
       RETURN NEW;
     END IF;
     v := nextval('master_version');
     INSERT INTO master_rows (table_name, id, data, version, updated_at)
     VALUES (NEW.table_name, NEW.row_id, NEW.data, v, now())
     ON CONFLICT (table_name, id) DO UPDATE
       SET data = excluded.data, version = excluded.version, updated_at = excluded.updated_at;
     NEW.applied_version := v;
     RETURN NEW;
   END $$`,
  `CREATE TABLE master_decisions (
     proposal_id bigint PRIMARY KEY REFERENCES master_proposals(id),
     decision text NOT NULL CHECK (decision IN ('applied', 'rejected')),
     version bigint,
     note text,
     decided_by text NOT NULL DEFAULT current_user,
     decided_at timestamptz NOT NULL DEFAULT now(),
     CHECK ((decision = 'applied') = (version IS NOT NULL))
   )`,
  `CREATE TRIGGER master_decisions_no_update BEFORE UPDATE OR DELETE ON master_decisions
     FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  // The admin's call: merges the proposed fields into the row as the hub holds it now, gives
  // it the next version (so every till downloads it) and records the decision.
  `CREATE FUNCTION hub_decide_proposal(p_id bigint, p_apply boolean, p_note text DEFAULT NULL)
     RETURNS bigint LANGUAGE plpgsql AS
   $$
   DECLARE
     p master_proposals;
     v bigint := NULL;
   BEGIN
     SELECT * INTO p FROM master_proposals WHERE id = p_id;
     IF NOT FOUND THEN RAISE EXCEPTION 'HUB_NO_PROPOSAL:%', p_id; END IF;
     IF p.kind <> 'edit' THEN RAISE EXCEPTION 'HUB_PROPOSAL_NOT_EDIT:%', p_id; END IF;
     IF EXISTS (SELECT 1 FROM master_decisions WHERE proposal_id = p_id) THEN
       RAISE EXCEPTION 'HUB_PROPOSAL_DECIDED:%', p_id;
     END IF;
     IF p_apply THEN
       v := nextval('master_version');
       UPDATE master_rows SET data = data || p.data, version = v, updated_at = now()
         WHERE table_name = p.table_name AND id = p.row_id;
       IF NOT FOUND THEN RAISE EXCEPTION 'HUB_PROPOSAL_NO_ROW:%', p_id; END IF;
     END IF;
     INSERT INTO master_decisions (proposal_id, decision, version, note)
       VALUES (p_id, CASE WHEN p_apply THEN 'applied' ELSE 'rejected' END, v, p_note);
     RETURN v;
   END $$`,
  `REVOKE ALL ON FUNCTION hub_decide_proposal(bigint, boolean, text) FROM PUBLIC`,
  `ALTER TABLE master_decisions ENABLE ROW LEVEL SECURITY`,
  `CREATE POLICY till_read_own_decisions ON master_decisions FOR SELECT TO ${TILL_GROUP}
     USING (proposal_id IN (SELECT id FROM master_proposals))`,
  `GRANT SELECT ON master_decisions TO ${TILL_GROUP}`,

  // Every location's on-hand as the hub knows it (all tills' movements), for the Stok screen.
  `CREATE FUNCTION hub_stock_levels() RETURNS TABLE (location_id text, product_id text, on_hand bigint)
     LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
   $$ SELECT location_id, data->>'product_id', sum((data->>'qty')::bigint)
      FROM ledger_rows WHERE table_name = 'stock_movements'
      GROUP BY location_id, data->>'product_id' $$`,
  `REVOKE ALL ON FUNCTION hub_stock_levels() FROM PUBLIC`,
  // Which till (its code) each device is, so reports across tills can say whose sales they are.
  `CREATE FUNCTION hub_till_codes() RETURNS TABLE (device_id text, code text)
     LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
   $$ SELECT device_id, code FROM tills WHERE device_id IS NOT NULL $$`,
  `REVOKE ALL ON FUNCTION hub_till_codes() FROM PUBLIC`,
  `GRANT EXECUTE ON FUNCTION hub_till_codes() TO ${TILL_GROUP}`,
  `GRANT EXECUTE ON FUNCTION hub_stock_levels() TO ${TILL_GROUP}`,
]
