/**
 * Records that change state and so cannot be chained themselves (a chained row never changes):
 * each state is an append-only, chained row of record_versions (migration 0020), and verify
 * checks that the record equals its last version. The same lists as that migration's
 * versionedTables (a test proves they agree). `key` names a row in record_versions.row_id.
 */
export const VERSIONED_TABLES: Record<string, { key: string; columns: string[] }> = {
  transfers: {
    key: 'id',
    columns: [
      'id',
      'transfer_no',
      'from_location_id',
      'to_location_id',
      'state',
      'note',
      'receive_note',
      'created_by',
      'sent_by',
      'sent_at',
      'received_by',
      'received_at',
      'device_id',
      'created_at',
    ],
  },
  transfer_lines: {
    key: 'id',
    columns: [
      'id',
      'transfer_id',
      'line_no',
      'product_id',
      'qty_sent',
      'unit_cost',
      'qty_received',
      'qty_damaged',
      'qty_missing',
    ],
  },
  orders: {
    key: 'id',
    columns: [
      'id',
      'order_no',
      'buyer_id',
      'location_id',
      'status',
      'due_date',
      'note',
      'total',
      'sale_id',
      'created_by',
      'device_id',
      'created_at',
    ],
  },
  production_requests: {
    key: 'id',
    columns: [
      'id',
      'request_no',
      'order_id',
      'product_id',
      'workshop_id',
      'qty',
      'due_date',
      'note',
      'state',
      'user_id',
      'device_id',
      'created_at',
    ],
  },
  production_request_receipts: {
    key: "stock_doc_id || '/' || request_id",
    columns: ['stock_doc_id', 'request_id'],
  },
}
