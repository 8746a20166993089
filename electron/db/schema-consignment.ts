// Tables of migrations 0019 and 0024 (consignment / titip jual), merged into `Database` in schema.ts.

export interface ConsignmentPartnersTable {
  location_id: string
  contact: string | null
  address: string | null
  commission_pct: number
  device_id: string
  created_at: number
}

export interface ConsignmentPricesTable {
  location_id: string
  product_id: string
  price: number
}

export interface ConsignmentSettlementsTable {
  id: string
  doc_no: string
  location_id: string
  sale_id: string | null
  return_transfer_id: string | null
  return_to_id: string | null
  commission_pct: number
  sold_amount: number
  commission: number
  amount_due: number
  missing_reason: string | null
  note: string | null
  user_id: string
  device_id: string
  created_at: number
}

export interface ConsignmentSettlementLinesTable {
  id: string
  settlement_id: string
  line_no: number
  product_id: string
  sold: number
  returned: number
  missing: number
  unit_price: number
  commission: number
}

export interface ConsignmentPaymentsTable {
  id: string
  doc_no: string
  location_id: string
  method_id: string
  method_name: string
  method_kind: 'cash' | 'noncash'
  amount: number
  reference: string | null
  note: string | null
  shift_id: string | null
  user_id: string
  device_id: string
  created_at: number
}

export interface ConsignmentPriceVersionsTable {
  id: string
  location_id: string
  product_id: string
  /** Null: back to the list price from effective_at on. */
  price: number | null
  effective_at: number
  user_id: string | null
  device_id: string
  created_at: number
}

export interface ConsignmentSettlementPricesTable {
  id: string
  settlement_id: string
  product_id: string
  qty: number
  unit_price: number
  commission: number
  sent_at: number
}

export interface ConsignmentTables {
  consignment_payments: ConsignmentPaymentsTable
  consignment_price_versions: ConsignmentPriceVersionsTable
  consignment_settlement_prices: ConsignmentSettlementPricesTable
  consignment_partners: ConsignmentPartnersTable
  consignment_prices: ConsignmentPricesTable
  consignment_settlements: ConsignmentSettlementsTable
  consignment_settlement_lines: ConsignmentSettlementLinesTable
}
