// Hub schema version 4 (frozen once shipped; version 3 is the document flow): split rules come
// down from the hub like the rest of master data.
// - A split rule is a version (append-only on every till, 0007): the hub holds each as its own
//   master row keyed by its shared id, published by the admin (publishSplitRule) or proposed
//   by a till. A published version is never rewritten, on the hub as on the tills; neither is
//   a price version.
// - A till's new split rule is a proposal of kind 'version' that waits for the admin's
//   decision; once applied it becomes a master row every till downloads.
// - A till may add rows on arrival ('new' proposals) only to the tables it could always add
//   to (workshops, categories, users, products): never split rules, prices, locations or
//   payment methods, which stay the admin's.

/** What a till may add to master data on arrival (the same list as PROPOSABLE in sync-download). */
const NEW_ON_ARRIVAL = `('workshops', 'categories', 'users', 'products')`
/** Master rows that are versions: added, never changed. */
const VERSIONED = `('split_rules', 'price_versions')`

/**
 * Version 4's statements. Nothing new is granted: tills still only read master_rows and insert
 * proposals; what a proposal may be is the trigger's call.
 */
export const hubSplitRulesSchema: readonly string[] = [
  `ALTER TABLE master_proposals DROP CONSTRAINT master_proposals_kind_check`,
  `ALTER TABLE master_proposals ADD CONSTRAINT master_proposals_kind_check
     CHECK (kind IN ('new', 'edit', 'version'))`,

  // A split rule as the tills' CHECKs have it (0007): shares in basis points summing to 100 %.
  `CREATE FUNCTION hub_split_rule_ok(d jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS
   $$ SELECT coalesce(
        jsonb_typeof(d->'premi_bp') = 'number' AND jsonb_typeof(d->'pnbp_bp') = 'number'
        AND jsonb_typeof(d->'modal_bp') = 'number'
        AND (d->>'premi_bp')::int BETWEEN 0 AND 10000
        AND (d->>'pnbp_bp')::int BETWEEN 0 AND 10000
        AND (d->>'modal_bp')::int BETWEEN 0 AND 10000
        AND (d->>'premi_bp')::int + (d->>'pnbp_bp')::int + (d->>'modal_bp')::int = 10000
        AND d->>'basis' IN ('net_sales', 'gross_profit')
        AND d->>'valid_from' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
        AND d->>'user_id' IS NOT NULL AND d->>'id' IS NOT NULL, false) $$`,

  // The gate every proposal passes (the owner's included): which kind for which table.
  `CREATE OR REPLACE FUNCTION master_proposals_apply() RETURNS trigger LANGUAGE plpgsql
     SECURITY DEFINER SET search_path = public AS
   $$
   DECLARE v bigint;
   BEGIN
     NEW.proposed_at := now();
     IF NEW.kind = 'new' AND NEW.table_name NOT IN ${NEW_ON_ARRIVAL} THEN
       RAISE EXCEPTION 'HUB_NOT_PROPOSABLE:%', NEW.table_name USING ERRCODE = '42501';
     END IF;
     IF NEW.kind = 'edit' AND NEW.table_name IN ${VERSIONED} THEN
       RAISE EXCEPTION 'HUB_VERSION_FIXED:%', NEW.table_name USING ERRCODE = '42501';
     END IF;
     IF NEW.kind = 'version' THEN
       IF NEW.table_name <> 'split_rules' THEN
         RAISE EXCEPTION 'HUB_NOT_PROPOSABLE:%', NEW.table_name USING ERRCODE = '42501';
       END IF;
       IF NOT hub_split_rule_ok(NEW.data)
           OR NEW.row_id <> coalesce(NEW.data->>'shared_id', NEW.data->>'id') THEN
         RAISE EXCEPTION 'HUB_BAD_SPLIT_RULE:%', NEW.row_id USING ERRCODE = '22023';
       END IF;
     END IF;
     IF NEW.kind IN ('edit', 'version') THEN
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

  // A published version stays as published (a correction is a newer version).
  `CREATE FUNCTION master_rows_versions_fixed() RETURNS trigger LANGUAGE plpgsql AS
   $$ BEGIN
     IF OLD.table_name IN ${VERSIONED} THEN
       RAISE EXCEPTION 'HUB_VERSION_FIXED:%', OLD.table_name USING ERRCODE = '42501';
     END IF;
     IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER master_rows_versions_fixed BEFORE UPDATE OR DELETE ON master_rows
     FOR EACH ROW EXECUTE FUNCTION master_rows_versions_fixed()`,

  // The admin's call, now also for versions: an applied version becomes its own master row.
  `CREATE OR REPLACE FUNCTION hub_decide_proposal(p_id bigint, p_apply boolean, p_note text DEFAULT NULL)
     RETURNS bigint LANGUAGE plpgsql AS
   $$
   DECLARE
     p master_proposals;
     v bigint := NULL;
   BEGIN
     SELECT * INTO p FROM master_proposals WHERE id = p_id;
     IF NOT FOUND THEN RAISE EXCEPTION 'HUB_NO_PROPOSAL:%', p_id; END IF;
     IF p.kind NOT IN ('edit', 'version') THEN RAISE EXCEPTION 'HUB_PROPOSAL_NOT_EDIT:%', p_id; END IF;
     IF EXISTS (SELECT 1 FROM master_decisions WHERE proposal_id = p_id) THEN
       RAISE EXCEPTION 'HUB_PROPOSAL_DECIDED:%', p_id;
     END IF;
     IF p_apply THEN
       v := nextval('master_version');
       IF p.kind = 'version' THEN
         INSERT INTO master_rows (table_name, id, data, version, updated_at)
           VALUES (p.table_name, p.row_id, p.data, v, now())
           ON CONFLICT (table_name, id) DO NOTHING;
         IF NOT FOUND THEN RAISE EXCEPTION 'HUB_PROPOSAL_DUPLICATE:%', p_id; END IF;
       ELSE
         UPDATE master_rows SET data = data || p.data, version = v, updated_at = now()
           WHERE table_name = p.table_name AND id = p.row_id;
         IF NOT FOUND THEN RAISE EXCEPTION 'HUB_PROPOSAL_NO_ROW:%', p_id; END IF;
       END IF;
     END IF;
     INSERT INTO master_decisions (proposal_id, decision, version, note)
       VALUES (p_id, CASE WHEN p_apply THEN 'applied' ELSE 'rejected' END, v, p_note);
     RETURN v;
   END $$`,
  `REVOKE ALL ON FUNCTION hub_decide_proposal(bigint, boolean, text) FROM PUBLIC`,
  `REVOKE ALL ON FUNCTION hub_split_rule_ok(jsonb) FROM PUBLIC`,
]
