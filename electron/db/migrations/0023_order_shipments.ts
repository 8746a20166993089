import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Orders, second part (issue 19):
// - Partial shipments. Each shipment of an order is its own sale (0001) with its own stock
//   movements; order_shipments links the order to each of those sales and says how much of
//   each order line went. The order reaches 'shipped' (and orders.sale_id, the last
//   shipment's sale) only when every line has gone whole. Orders shipped before this
//   migration get one shipment holding every line.
// - A delivery note may name the shipment it covers (order_documents.shipment_id).
// - A quotation's lines may be edited while the order is still a quotation: the lines'
//   triggers and the order's total allow it then, and only then (the audit log keeps each
//   change; after confirmation the lines are fixed as before).

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const statusOf = (orderId: string) => `(SELECT status FROM orders WHERE id = ${orderId})`

const statements = [
  `CREATE TABLE order_shipments (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES orders(id),
     shipment_no INTEGER NOT NULL CHECK (shipment_no > 0),
     sale_id TEXT NOT NULL UNIQUE REFERENCES sales(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (order_id, shipment_no)
   ) STRICT`,
  ...appendOnly('order_shipments'),
  `CREATE TABLE order_shipment_lines (
     shipment_id TEXT NOT NULL REFERENCES order_shipments(id),
     order_line_id TEXT NOT NULL REFERENCES order_lines(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     PRIMARY KEY (shipment_id, order_line_id)
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX order_shipment_lines_line ON order_shipment_lines(order_line_id)`,
  ...appendOnly('order_shipment_lines'),
  `INSERT INTO order_shipments (id, order_id, shipment_no, sale_id, user_id, device_id, created_at)
     SELECT 'shp-' || o.id, o.id, 1, o.sale_id, s.user_id, s.device_id, s.created_at
       FROM orders o JOIN sales s ON s.id = o.sale_id`,
  `INSERT INTO order_shipment_lines (shipment_id, order_line_id, qty)
     SELECT 'shp-' || x.order_id, x.id, x.qty
       FROM order_lines x JOIN orders o ON o.id = x.order_id WHERE o.sale_id IS NOT NULL`,

  `ALTER TABLE order_documents ADD COLUMN shipment_id TEXT REFERENCES order_shipments(id)`,

  // Lines of a quotation are a draft; from confirmation on they are fixed.
  `DROP TRIGGER order_lines_no_update`,
  `DROP TRIGGER order_lines_no_delete`,
  `CREATE TRIGGER order_lines_no_update BEFORE UPDATE ON order_lines
     WHEN ${statusOf('OLD.order_id')} <> 'quotation'
       OR NEW.order_id <> OLD.order_id OR NEW.id <> OLD.id
     BEGIN SELECT RAISE(ABORT, 'order lines are fixed once the quotation is confirmed'); END`,
  `CREATE TRIGGER order_lines_no_delete BEFORE DELETE ON order_lines
     WHEN ${statusOf('OLD.order_id')} <> 'quotation'
     BEGIN SELECT RAISE(ABORT, 'order lines are fixed once the quotation is confirmed'); END`,
  `CREATE TRIGGER order_lines_quotation_insert BEFORE INSERT ON order_lines
     WHEN ${statusOf('NEW.order_id')} <> 'quotation'
     BEGIN SELECT RAISE(ABORT, 'order lines are fixed once the quotation is confirmed'); END`,

  `DROP TRIGGER orders_forward_only`,
  `CREATE TRIGGER orders_forward_only BEFORE UPDATE ON orders
     WHEN NOT (
          (old.status = 'quotation' AND new.status IN ('quotation','confirmed','cancelled'))
       OR (old.status = 'confirmed' AND new.status IN ('in_production','ready','shipped','cancelled'))
       OR (old.status = 'in_production' AND new.status IN ('ready','shipped','cancelled'))
       OR (old.status = 'ready' AND new.status IN ('shipped','cancelled'))
       OR (old.status = 'shipped' AND new.status IN ('delivered','paid'))
       OR (old.status = 'delivered' AND new.status = 'paid'))
       OR new.order_no <> old.order_no OR new.buyer_id <> old.buyer_id
       OR new.location_id <> old.location_id
       OR (new.total <> old.total AND old.status <> 'quotation')
       OR (old.sale_id IS NOT NULL AND new.sale_id IS NOT old.sale_id)
     BEGIN SELECT RAISE(ABORT, 'order status can only move forward'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
