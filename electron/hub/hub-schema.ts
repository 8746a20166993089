// The hub's schema in PostgreSQL, as an ordered list of versions (frozen once shipped, like the
// tills' SQLite migrations). PostgreSQL's own roles and row-level security are the boundary:
// every till logs in as its own role (member of `etalase_till`), may insert only rows that carry
// its own device id, may read master data and the stock movements of the locations it shares,
// and may never update or delete a ledger row.

import { hubFlowSchema } from './hub-schema-flow'
import { hubPnbpSchema } from './hub-schema-pnbp'
import { hubPlansSchema } from './hub-schema-plans'
import { sharedIdsSchema } from './hub-schema-ids'
import { hubSplitRulesSchema } from './hub-schema-splits'

/** The group role every till's login role belongs to; grants and policies name it. */
export const TILL_GROUP = 'etalase_till'

const v1 = [
  `DO $$ BEGIN
     IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${TILL_GROUP}') THEN
       CREATE ROLE ${TILL_GROUP} NOLOGIN;
     END IF;
   END $$`,
  // Nobody but the hub's owner creates objects here.
  `REVOKE ALL ON SCHEMA public FROM PUBLIC`,
  `GRANT USAGE ON SCHEMA public TO ${TILL_GROUP}`,

  // One row per till: its login role, its code (KSG1) and, from its first join, its device id.
  `CREATE TABLE tills (
     role_name text PRIMARY KEY,
     code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,4}$'),
     device_id text UNIQUE,
     created_at timestamptz NOT NULL DEFAULT now(),
     joined_at timestamptz
   )`,
  // The locations whose stock movements a till reads (the showroom's tills share the showroom).
  `CREATE TABLE till_locations (
     role_name text NOT NULL REFERENCES tills(role_name),
     location_id text NOT NULL,
     PRIMARY KEY (role_name, location_id)
   )`,
  // Which columns, in which order, make each ledger table's canonical row (the hash input).
  `CREATE TABLE ledger_tables (
     table_name text PRIMARY KEY,
     columns text[] NOT NULL
   )`,
  // Every ledger row of every till, exactly as chained on the till: (device, seq) is its place in
  // that device's hash chain, canonical the text that was hashed. data is derived from canonical.
  `CREATE TABLE ledger_rows (
     received_id bigserial NOT NULL UNIQUE,
     device_id text NOT NULL,
     seq bigint NOT NULL CHECK (seq > 0),
     table_name text NOT NULL,
     row_id text NOT NULL,
     prev_hash text NOT NULL,
     hash text NOT NULL CHECK (length(hash) = 64),
     canonical text NOT NULL,
     data jsonb NOT NULL,
     location_id text,
     received_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (device_id, seq),
     UNIQUE (device_id, table_name, row_id)
   )`,
  `CREATE INDEX ledger_rows_shared ON ledger_rows (table_name, location_id, device_id, seq)`,
  // Rows the hub would not accept, named and kept: never silently dropped, never in the way.
  `CREATE TABLE quarantine (
     id bigserial PRIMARY KEY,
     role_name text NOT NULL,
     device_id text NOT NULL,
     seq bigint NOT NULL,
     table_name text NOT NULL,
     row_id text NOT NULL,
     prev_hash text NOT NULL,
     hash text NOT NULL,
     canonical text NOT NULL,
     problem text NOT NULL CHECK (problem IN
       ('forged_device', 'unknown_table', 'bad_row', 'hash_mismatch', 'broken_link', 'gap')),
     detail text,
     received_at timestamptz NOT NULL DEFAULT now(),
     UNIQUE (role_name, device_id, seq)
   )`,
  // Master data has one authority, the hub: every change gets the next version; tills download
  // what is newer than the last version they saw.
  `CREATE SEQUENCE master_version`,
  `CREATE TABLE master_rows (
     table_name text NOT NULL CHECK (table_name IN
       ('locations', 'workshops', 'categories', 'products', 'users', 'payment_methods')),
     id text NOT NULL,
     data jsonb NOT NULL,
     version bigint NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (table_name, id)
   )`,
  `CREATE INDEX master_rows_version ON master_rows (version)`,
  // A till's own master change (made offline) is a proposal the hub applies in order and keeps.
  `CREATE TABLE master_proposals (
     id bigserial PRIMARY KEY,
     device_id text NOT NULL,
     table_name text NOT NULL,
     row_id text NOT NULL,
     data jsonb NOT NULL,
     proposed_at timestamptz NOT NULL DEFAULT now(),
     applied_version bigint
   )`,

  // session_user is the till's login role even inside SECURITY DEFINER functions.
  `CREATE FUNCTION hub_my_device() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
     SET search_path = public AS
   $$ SELECT device_id FROM tills WHERE role_name = session_user $$`,
  `CREATE FUNCTION hub_my_locations() RETURNS SETOF text LANGUAGE sql STABLE SECURITY DEFINER
     SET search_path = public AS
   $$ SELECT location_id FROM till_locations WHERE role_name = session_user $$`,
  // A role is bound to one device on its first join; another device with the same credentials
  // is refused (a copied laptop must get its own role).
  `CREATE FUNCTION hub_claim_device(p_device text, p_code text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER
     SET search_path = public AS
   $$
   DECLARE t tills;
   BEGIN
     SELECT * INTO t FROM tills WHERE role_name = session_user FOR UPDATE;
     IF NOT FOUND THEN RAISE EXCEPTION 'HUB_NOT_A_TILL' USING ERRCODE = '42501'; END IF;
     -- Credentials issued for another till never bind this device.
     IF t.code <> p_code THEN
       RAISE EXCEPTION 'HUB_WRONG_TILL:%', t.code USING ERRCODE = '42501';
     END IF;
     IF t.device_id IS NULL THEN
       UPDATE tills SET device_id = p_device, joined_at = now() WHERE role_name = session_user;
     ELSIF t.device_id <> p_device THEN
       RAISE EXCEPTION 'HUB_ROLE_TAKEN' USING ERRCODE = '42501';
     END IF;
     RETURN t.code;
   END $$`,

  // The gate every ledger row passes: a row the hub cannot accept goes to quarantine (and the
  // insert skips it), so one bad row never stops the rows behind it.
  `CREATE FUNCTION ledger_rows_admit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
     SET search_path = public AS
   $$
   DECLARE
     mine text;
     is_till boolean;
     cols text[];
     canon jsonb;
     expected_prev text;
     obj jsonb := '{}'::jsonb;
     v_problem text := NULL;
     v_detail text := NULL;
   BEGIN
     SELECT device_id, true INTO mine, is_till FROM tills WHERE role_name = session_user;
     IF is_till AND NEW.device_id IS DISTINCT FROM mine THEN
       v_problem := 'forged_device';
       v_detail := format('role %s is device %s', session_user, coalesce(mine, '(not joined)'));
     END IF;
     IF v_problem IS NULL THEN
       SELECT columns INTO cols FROM ledger_tables WHERE table_name = NEW.table_name;
       IF cols IS NULL THEN v_problem := 'unknown_table'; END IF;
     END IF;
     IF v_problem IS NULL THEN
       BEGIN
         canon := NEW.canonical::jsonb;
       EXCEPTION WHEN others THEN
         v_problem := 'bad_row';
       END;
     END IF;
     IF v_problem IS NULL AND (jsonb_typeof(canon) <> 'array'
         OR jsonb_array_length(canon) <> array_length(cols, 1) + 1
         OR canon->>0 <> NEW.table_name OR canon->>1 <> NEW.row_id) THEN
       v_problem := 'bad_row';
     END IF;
     IF v_problem IS NULL AND encode(sha256(convert_to(NEW.prev_hash || NEW.canonical, 'UTF8')), 'hex')
         <> NEW.hash THEN
       v_problem := 'hash_mismatch';
       v_detail := 'the row no longer hashes to its chain link: changed after it was written';
     END IF;
     IF v_problem IS NULL THEN
       IF NEW.seq = 1 THEN
         expected_prev := '';
       ELSE
         SELECT hash INTO expected_prev FROM ledger_rows
           WHERE device_id = NEW.device_id AND seq = NEW.seq - 1;
         IF expected_prev IS NULL THEN
           SELECT hash INTO expected_prev FROM quarantine
             WHERE device_id = NEW.device_id AND seq = NEW.seq - 1 AND quarantine.problem <> 'forged_device'
             LIMIT 1;
         END IF;
       END IF;
       IF expected_prev IS NULL THEN
         v_problem := 'gap';
         v_detail := format('link %s arrived before link %s', NEW.seq, NEW.seq - 1);
       ELSIF expected_prev <> NEW.prev_hash THEN
         v_problem := 'broken_link';
         v_detail := format('link %s does not follow link %s', NEW.seq, NEW.seq - 1);
       END IF;
     END IF;
     IF v_problem IS NOT NULL THEN
       INSERT INTO quarantine (role_name, device_id, seq, table_name, row_id, prev_hash, hash,
                               canonical, problem, detail)
       VALUES (session_user, NEW.device_id, NEW.seq, NEW.table_name, NEW.row_id, NEW.prev_hash,
               NEW.hash, NEW.canonical, v_problem, v_detail)
       ON CONFLICT (role_name, device_id, seq) DO NOTHING;
       RETURN NULL;
     END IF;
     FOR i IN 1 .. array_length(cols, 1) LOOP
       obj := obj || jsonb_build_object(cols[i], canon->i);
     END LOOP;
     NEW.data := obj;
     NEW.location_id := obj->>'location_id';
     NEW.received_at := now();
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER ledger_rows_admit BEFORE INSERT ON ledger_rows
     FOR EACH ROW EXECUTE FUNCTION ledger_rows_admit()`,
  // Ledgers only grow: not even the hub's owner rewrites them.
  `CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS
   $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501'; END $$`,
  `CREATE TRIGGER ledger_rows_no_update BEFORE UPDATE OR DELETE ON ledger_rows
     FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER ledger_rows_no_truncate BEFORE TRUNCATE ON ledger_rows
     FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER quarantine_no_update BEFORE UPDATE OR DELETE ON quarantine
     FOR EACH ROW EXECUTE FUNCTION refuse_change()`,

  // A proposal is applied at once, in arrival order, and records the version it became.
  `CREATE FUNCTION master_proposals_apply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
     SET search_path = public AS
   $$
   DECLARE v bigint := nextval('master_version');
   BEGIN
     INSERT INTO master_rows (table_name, id, data, version, updated_at)
     VALUES (NEW.table_name, NEW.row_id, NEW.data, v, now())
     ON CONFLICT (table_name, id) DO UPDATE
       SET data = excluded.data, version = excluded.version, updated_at = excluded.updated_at;
     NEW.applied_version := v;
     NEW.proposed_at := now();
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER master_proposals_apply BEFORE INSERT ON master_proposals
     FOR EACH ROW EXECUTE FUNCTION master_proposals_apply()`,
  `CREATE TRIGGER master_proposals_no_update BEFORE UPDATE OR DELETE ON master_proposals
     FOR EACH ROW EXECUTE FUNCTION refuse_change()`,

  // Row-level security: the boundary for what a till role may write and read.
  `ALTER TABLE ledger_rows ENABLE ROW LEVEL SECURITY`,
  `CREATE POLICY till_insert_own ON ledger_rows FOR INSERT TO ${TILL_GROUP}
     WITH CHECK (device_id = hub_my_device())`,
  `CREATE POLICY till_read_own_and_shared ON ledger_rows FOR SELECT TO ${TILL_GROUP}
     USING (device_id = hub_my_device()
            OR (table_name = 'stock_movements' AND location_id IN (SELECT hub_my_locations())))`,
  `ALTER TABLE master_proposals ENABLE ROW LEVEL SECURITY`,
  `CREATE POLICY till_propose_own ON master_proposals FOR INSERT TO ${TILL_GROUP}
     WITH CHECK (device_id = hub_my_device())`,
  `CREATE POLICY till_read_own_proposals ON master_proposals FOR SELECT TO ${TILL_GROUP}
     USING (device_id = hub_my_device())`,

  `GRANT SELECT, INSERT ON ledger_rows TO ${TILL_GROUP}`,
  `GRANT USAGE ON SEQUENCE ledger_rows_received_id_seq TO ${TILL_GROUP}`,
  `GRANT SELECT ON master_rows TO ${TILL_GROUP}`,
  `GRANT SELECT, INSERT ON master_proposals TO ${TILL_GROUP}`,
  `GRANT USAGE ON SEQUENCE master_proposals_id_seq TO ${TILL_GROUP}`,
  `REVOKE ALL ON FUNCTION hub_claim_device(text, text) FROM PUBLIC`,
  `GRANT EXECUTE ON FUNCTION hub_claim_device(text, text) TO ${TILL_GROUP}`,
  `GRANT EXECUTE ON FUNCTION hub_my_device() TO ${TILL_GROUP}`,
  `GRANT EXECUTE ON FUNCTION hub_my_locations() TO ${TILL_GROUP}`,
]

/** Ordered versions; index + 1 is the version number recorded in hub_schema_versions. */
export const hubSchemaVersions: readonly (readonly string[])[] = [
  v1,
  sharedIdsSchema(TILL_GROUP),
  hubFlowSchema(TILL_GROUP),
  hubSplitRulesSchema,
  hubPnbpSchema(TILL_GROUP),
  hubPlansSchema,
]
