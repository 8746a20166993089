// Hub schema version 2 (issue 17): shared ids and price versions.
// - A till installed before shared ids keeps its own ids for the showroom and storeroom (its
//   ledgers point at them); it sends the hub its map local id → shared id, and the hub files
//   each ledger row under the shared location, so "the showroom" is one place for every till.
// - Price and cost are published as versions with an effective time (master rows of kind
//   'price_versions'), never by overwriting a product.

/** The statements of version 2; the till group's name comes from hub-schema.ts (no cycle). */
export const sharedIdsSchema = (TILL_GROUP: string): readonly string[] => [
  `ALTER TABLE master_rows DROP CONSTRAINT master_rows_table_name_check`,
  `ALTER TABLE master_rows ADD CONSTRAINT master_rows_table_name_check CHECK (table_name IN
     ('locations', 'workshops', 'categories', 'products', 'users', 'payment_methods',
      'split_rules', 'price_versions'))`,
  // Per device and table, which of its local ids is which shared row. Written once, never changed.
  `CREATE TABLE shared_ids (
     device_id text NOT NULL,
     table_name text NOT NULL,
     local_id text NOT NULL,
     shared_id text NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (device_id, table_name, local_id),
     UNIQUE (device_id, table_name, shared_id)
   )`,
  `CREATE TRIGGER shared_ids_no_update BEFORE UPDATE OR DELETE ON shared_ids
     FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `ALTER TABLE shared_ids ENABLE ROW LEVEL SECURITY`,
  `CREATE POLICY till_map_own ON shared_ids FOR INSERT TO ${TILL_GROUP}
     WITH CHECK (device_id = hub_my_device())`,
  `CREATE POLICY till_read_maps ON shared_ids FOR SELECT TO ${TILL_GROUP} USING (true)`,
  `GRANT SELECT, INSERT ON shared_ids TO ${TILL_GROUP}`,
  // Runs after ledger_rows_admit (same event, triggers fire by name): an admitted row's
  // location becomes the shared one, which is what till_locations and the read policy name.
  `CREATE FUNCTION ledger_rows_shared_location() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
     SET search_path = public AS
   $$
   DECLARE s text;
   BEGIN
     IF NEW.location_id IS NOT NULL THEN
       SELECT shared_id INTO s FROM shared_ids
         WHERE device_id = NEW.device_id AND table_name = 'locations' AND local_id = NEW.location_id;
       IF s IS NOT NULL THEN NEW.location_id := s; END IF;
     END IF;
     RETURN NEW;
   END $$`,
  `CREATE TRIGGER ledger_rows_shared_location BEFORE INSERT ON ledger_rows
     FOR EACH ROW EXECUTE FUNCTION ledger_rows_shared_location()`,
]
