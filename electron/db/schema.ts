import type { Generated } from 'kysely'
import type { OrdersDatabase } from './schema-orders'
import type { ConsignmentTables } from './schema-consignment'

// Row types of the tables as migrations leave them. Keep in step with migrations/.

export interface SettingsTable {
  key: string
  value: string
}

export interface UsersTable {
  id: string
  name: string
  role: 'admin' | 'supervisor' | 'cashier' | 'stock'
  pin_hash: string | null
  active: Generated<number>
  failed_pins: Generated<number>
  locked_until: number | null
  device_id: string
  created_at: number
  /** 0021: the row's id on every till; null means the id itself is shared. */
  shared_id?: string | null
}

export interface ApprovalGrantsTable {
  id: string
  permission: string
  channel: string
  input_hash: string
  requester_id: string
  session_id: string
  approver_id: string
  device_id: string
  created_at: number
  expires_at: number
  claimed_at: number | null
  used_at: number | null
}

export interface PinAttemptsTable {
  id: Generated<number>
  kind: 'login' | 'approval'
  user_id: string
  requester_id: string | null
  at: number
}

export interface ApprovalLimitsTable {
  requester_id: string
  failed: Generated<number>
  locked_until: number | null
}

export interface RolePermissionsTable {
  role: 'admin' | 'supervisor' | 'cashier' | 'stock'
  permission: string
}

export interface WorkshopsTable {
  id: string
  name: string
  active: Generated<number>
  device_id: string
  created_at: number
  /** 0021: the row's id on every till; null means the id itself is shared. */
  shared_id?: string | null
}

export interface CategoriesTable {
  id: string
  name: string
  device_id: string
  created_at: number
  /** 0021: the row's id on every till; null means the id itself is shared. */
  shared_id?: string | null
}

export interface LocationsTable {
  id: string
  name: string
  kind: 'showroom' | 'storeroom' | 'event' | 'consignment'
  active: Generated<number>
  device_id: string
  created_at: number
  /** 0021: the row's id on every till; null means the id itself is shared. */
  shared_id?: string | null
}

export interface ProductsTable {
  id: string
  sku: string
  barcode: string | null
  name: string
  category_id: string | null
  unit: string
  price: number
  cost: number
  workshop_id: string | null
  active: number
  device_id: string
  created_at: number
  updated_at: number
  /** Added by 0004_stock; 0 means no reorder level. */
  reorder_level: Generated<number>
}

export interface StockLevelsTable {
  product_id: string
  location_id: string
  on_hand: number
}

/** 0011: units and value at cost per location, category and workshop ('' for none); triggers. */
export interface StockValueTotalsTable {
  location_id: string
  category_id: string
  workshop_id: string
  units: number
  value: number
}

export type MovementReason =
  | 'production_in'
  | 'purchase_in'
  | 'consignment_in'
  | 'sale'
  | 'return'
  | 'void'
  | 'damaged'
  | 'sample'
  | 'transfer_out'
  | 'transfer_in'
  | 'count_adjustment'

export interface StockMovementsTable {
  id: string
  product_id: string
  location_id: string
  qty: number
  reason: MovementReason
  unit_cost: number
  workshop_id: string | null
  ref_type: string | null
  ref_id: string | null
  note: string | null
  user_id: string
  device_id: string
  created_at: number
}

export interface PaymentMethodsTable {
  id: string
  name: string
  kind: 'cash' | 'noncash'
  requires_reference: number
  active: Generated<number>
  sort: Generated<number>
  /** 0021: the row's id on every till; null means the id itself is shared. */
  shared_id?: string | null
}

export interface ReceiptCountersTable {
  device_id: string
  last_seq: number
}

export interface SalesTable {
  id: string
  device_id: string
  receipt_seq: number
  receipt_no: string
  location_id: string
  user_id: string
  shift_id: string | null
  subtotal: number
  cart_discount: number
  cart_discount_kind: 'percent' | 'amount' | null
  cart_discount_value: number | null
  cart_discount_reason: string | null
  rounding: number
  total: number
  paid: number
  change: number
  request_hash: string
  created_at: number
}

export interface SaleLinesTable {
  id: string
  sale_id: string
  line_no: number
  product_id: string
  name: string
  sku: string
  qty: number
  list_price: number
  unit_price: number
  override_reason: string | null
  line_discount: number
  discount_kind: 'percent' | 'amount' | null
  discount_value: number | null
  discount_reason: string | null
  line_total: number
  net_total: number
  unit_cost: number
  workshop_id: string | null
  category_id: string | null
  device_id: string
  created_at: number
}

export interface PaymentsTable {
  id: string
  sale_id: string
  tender_no: number
  method_id: string
  method_name: string
  kind: 'cash' | 'noncash'
  amount: number
  tendered: number
  change: number
  reference: string | null
  device_id: string
  created_at: number
}

export interface AuditLogTable {
  id: string
  action: string
  user_id: string
  approved_by: string | null
  reason: string | null
  ref_type: string | null
  ref_id: string | null
  detail: string
  device_id: string
  created_at: number
}

export interface SaleVoidsTable {
  id: string
  sale_id: string
  reason: string
  user_id: string
  approved_by: string | null
  device_id: string
  created_at: number
}

export interface ReturnsTable {
  id: string
  sale_id: string
  return_no: string
  reason: string
  refund_total: number
  user_id: string
  approved_by: string | null
  request_hash: string
  device_id: string
  created_at: number
}

export interface ReturnLinesTable {
  id: string
  return_id: string
  sale_line_id: string
  qty: number
  amount: number
  disposition: 'restock' | 'damaged'
  device_id: string
  created_at: number
}

export interface RefundsTable {
  id: string
  shift_id: string | null
  return_id: string | null
  void_id: string | null
  method_id: string
  method_name: string
  kind: 'cash' | 'noncash'
  amount: number
  reference: string | null
  device_id: string
  created_at: number
}

export interface ReceiptPrintsTable {
  id: string
  sale_id: string
  copy_no: number
  user_id: string
  device_id: string
  created_at: number
}

export interface HeldCartsTable {
  id: string
  label: string
  cart: string
  user_id: string
  device_id: string
  created_at: number
}

export interface OpenCartsTable {
  device_id: string
  cart: string
  updated_at: number
}

export interface PrintJobsTable {
  id: string
  kind: 'receipt' | 'test'
  sale_id: string | null
  copy_no: number | null
  copies: number
  transport: 'network' | 'device' | 'spooler'
  target: string
  ok: number
  error_code: string | null
  bytes: number
  user_id: string
  device_id: string
  created_at: number
}

export interface ShiftsTable {
  id: string
  device_id: string
  location_id: string
  user_id: string
  opening_float: number
  created_at: number
}

export interface ShiftCashMovesTable {
  id: string
  shift_id: string
  kind: 'in' | 'out'
  amount: number
  reason: string
  user_id: string
  device_id: string
  created_at: number
}

export interface ShiftClosesTable {
  id: string
  shift_id: string
  z_no: number
  counted_cash: number
  expected_cash: number
  variance: number
  denominations: string | null
  totals: string
  note: string | null
  forced: number
  user_id: string
  approved_by: string | null
  device_id: string
  created_at: number
}

/** The data-safety log (migration 0006): backups, integrity checks, exports, restores. */
export interface BackupRunsTable {
  id: string
  kind: 'backup' | 'check' | 'export' | 'restore'
  trigger: 'interval' | 'sales' | 'shift' | 'manual' | 'start'
  file: string | null
  destination: string | null
  bytes: number
  ok: number
  problem: string | null
  detail: string
  duration_ms: number
  device_id: string
  created_at: number
}

export interface ExhibitionsTable {
  location_id: string
  place: string
  starts_on: string
  ends_on: string
  state: 'open' | 'closed'
  return_location_id: string | null
  closed_by: string | null
  closed_at: number | null
  close_note: string | null
  device_id: string
  created_at: number
}

export type StockDocKind = 'production_in' | 'purchase_in' | 'consignment_in' | 'damaged' | 'sample'

export interface StockDocsTable {
  id: string
  doc_no: string
  kind: StockDocKind
  location_id: string
  workshop_id: string | null
  doc_date: string
  batch: string | null
  party: string | null
  note: string | null
  user_id: string
  device_id: string
  created_at: number
}

export interface StockDocLinesTable {
  id: string
  doc_id: string
  line_no: number
  product_id: string
  qty: number
  unit_cost: number
}

export interface StockDocCountersTable {
  series: string
  last_seq: number
}

export interface TransfersTable {
  id: string
  transfer_no: string
  from_location_id: string
  to_location_id: string
  state: 'draft' | 'in_transit' | 'received' | 'cancelled'
  note: string | null
  receive_note: string | null
  created_by: string
  sent_by: string | null
  sent_at: number | null
  received_by: string | null
  received_at: number | null
  device_id: string
  created_at: number
}

export interface TransferLinesTable {
  id: string
  transfer_id: string
  line_no: number
  product_id: string
  qty_sent: number
  unit_cost: number
  qty_received: number | null
  qty_damaged: number | null
  qty_missing: number | null
}

/** Stock opname (migration 0005): header, state events, snapshot, sessions, entries, reasons. */
export interface StockCountsTable {
  id: string
  count_no: string
  seq: number
  location_id: string
  scope_kind: 'all' | 'category' | 'workshop'
  scope_id: string | null
  scope_name: string | null
  pic_user_id: string | null
  pic_name: string
  witness_user_id: string | null
  witness_name: string
  head_name: string | null
  note: string | null
  user_id: string
  device_id: string
  created_at: number
}

export interface StockCountEventsTable {
  id: string
  count_id: string
  seq: number
  state: 'counting' | 'review' | 'posted' | 'cancelled'
  movement_watermark: number | null
  reason: string | null
  user_id: string
  approved_by: string | null
  device_id: string
  created_at: number
}

export interface StockCountSnapshotTable {
  count_id: string
  product_id: string
  on_hand: number
  unit_cost: number
}

export interface StockCountSessionsTable {
  id: string
  count_id: string
  label: string
  user_id: string
  device_id: string
  created_at: number
}

export interface StockCountEntriesTable {
  id: string
  count_id: string
  session_id: string | null
  product_id: string
  kind: 'scan' | 'typed' | 'undo' | 'zero'
  qty: number
  undoes_entry_id: string | null
  movement_watermark: number
  user_id: string
  device_id: string
  created_at: number
}

export interface StockCountReasonsTable {
  id: string
  count_id: string
  product_id: string
  reason: string
  user_id: string
  device_id: string
  created_at: number
}

/** Premi / PNBP / modal split rules (migration 0007): append-only versions. */
export interface SplitRulesTable {
  id: string
  workshop_id: string | null
  valid_from: string
  premi_bp: number
  pnbp_bp: number
  modal_bp: number
  basis: 'net_sales' | 'gross_profit'
  note: string | null
  user_id: string
  device_id: string
  created_at: number
  /** 0021: the row's id on every till; null means the id itself is shared. */
  shared_id?: string | null
}

/** PNBP deposits to the treasury (migration 0007). */
export interface PnbpDepositsTable {
  id: string
  deposit_date: string
  amount: number
  billing_code: string
  ntpn: string
  note: string | null
  user_id: string
  device_id: string
  created_at: number
}

/** Yearly PNBP targets (migration 0007); the newest row per year wins. */
export interface PnbpTargetsTable {
  id: string
  year: number
  amount: number
  user_id: string
  device_id: string
  created_at: number
}

/** Derived daily sums for Laporan (0008_report_rollups), kept by triggers. */
export interface ReportSalesDailyTable {
  day: string
  location_id: string
  user_id: string
  sales: number
  cart_discount: number
  rounding: number
  subtotal: number
  gross: number
  line_discount: number
}

export interface ReportWorkshopsDailyTable {
  day: string
  location_id: string
  /** '' for lines without a workshop. */
  workshop_id: string
  qty: number
  net: number
  cost: number
}

/** 0009: units, net and cost per calendar month, product, category, workshop ('' for none), location. */
export interface ReportProductsMonthlyTable {
  month: string
  product_id: string
  category_id: string
  workshop_id: string
  location_id: string
  qty: number
  net: number
  cost: number
}

export interface ReportPaymentsDailyTable {
  day: string
  location_id: string
  method_name: string
  kind: 'cash' | 'noncash'
  payments: number
  amount: number
}

/** 0010: a cancelled PNBP deposit (the register stays append-only). */
export interface PnbpDepositCancellationsTable {
  id: string
  deposit_id: string
  reason: string
  user_id: string
  device_id: string
  created_at: number
}

/** Added by 0016: who changed which master-data field, when, old → new (append-only, chained). */
export interface MasterHistoryTable {
  id: string
  entity: 'product' | 'user' | 'role_permission' | 'payment_method' | 'setting'
  entity_id: string
  field: string
  old_value: string | null
  new_value: string | null
  user_id: string | null
  approved_by: string | null
  device_id: string | null
  created_at: number
}

/** 0020: each state a changing record (transfer, order…) passed through (append-only, chained). */
export interface RecordVersionsTable {
  id: string
  table_name: string
  row_id: string
  /** The row's columns as the JSON array the verifier recomputes; null once the row was removed. */
  content: string | null
  user_id: string | null
  device_id: string | null
  created_at: number
}

/** 0021: a product's price and cost over time (append-only); products.price is the current one. */
export interface ProductPriceVersionsTable {
  id: string
  product_id: string
  price: number
  cost: number
  effective_at: number
  source: 'till' | 'hub'
  device_id: string
  created_at: number
}

/** 0017: what waits for the hub, one row per link of this device's chain. */
export interface SyncOutboxTable {
  seq: number
  table_name: string
  row_id: string
  sent_at: number | null
}

/** 0017: per other device, the highest chain position already taken from the hub. */
export interface SyncDownCursorTable {
  device_id: string
  seq: number
}

/** 0017: the hub this till joined (the password is kept outside the database file). */
export interface HubLinkTable {
  id: number
  host: string
  port: number
  database: string
  role: string
  joined_at: number
  master_version: Generated<number>
  last_sync_at: number | null
  last_error: string | null
  last_error_at: number | null
}

/** 0026: the hub admin's decision on one of this till's proposals (only added, never changed). */
export interface HubDecisionsTable {
  /** The proposal's source on this till: `edit:<sync_master_edits.id>`. */
  source_id: string
  /** The proposal's id on the hub (what its admin sees). */
  proposal_id: number
  table_name: string
  row_id: string
  decision: 'applied' | 'rejected'
  note: string | null
  /** The hub's clock, ms since the epoch. */
  decided_at: number
}

export interface Database extends OrdersDatabase, ConsignmentTables {
  master_history: MasterHistoryTable
  record_versions: RecordVersionsTable
  product_price_versions: ProductPriceVersionsTable
  sync_outbox: SyncOutboxTable
  sync_down_cursor: SyncDownCursorTable
  hub_link: HubLinkTable
  hub_decisions: HubDecisionsTable
  pnbp_deposit_cancellations: PnbpDepositCancellationsTable
  report_sales_daily: ReportSalesDailyTable
  report_payments_daily: ReportPaymentsDailyTable
  report_workshops_daily: ReportWorkshopsDailyTable
  report_products_monthly: ReportProductsMonthlyTable
  shifts: ShiftsTable
  shift_cash_moves: ShiftCashMovesTable
  shift_closes: ShiftClosesTable
  z_counters: ReceiptCountersTable
  role_permissions: RolePermissionsTable
  audit_log: AuditLogTable
  sale_voids: SaleVoidsTable
  returns: ReturnsTable
  return_lines: ReturnLinesTable
  refunds: RefundsTable
  receipt_prints: ReceiptPrintsTable
  return_counters: ReceiptCountersTable
  held_carts: HeldCartsTable
  open_carts: OpenCartsTable
  settings: SettingsTable
  users: UsersTable
  approval_grants: ApprovalGrantsTable
  pin_attempts: PinAttemptsTable
  approval_limits: ApprovalLimitsTable
  workshops: WorkshopsTable
  categories: CategoriesTable
  locations: LocationsTable
  products: ProductsTable
  stock_levels: StockLevelsTable
  stock_value_totals: StockValueTotalsTable
  stock_movements: StockMovementsTable
  payment_methods: PaymentMethodsTable
  receipt_counters: ReceiptCountersTable
  sales: SalesTable
  sale_lines: SaleLinesTable
  payments: PaymentsTable
  print_jobs: PrintJobsTable
  backup_runs: BackupRunsTable
  stock_counts: StockCountsTable
  stock_count_counters: ReceiptCountersTable
  stock_count_events: StockCountEventsTable
  stock_count_snapshot: StockCountSnapshotTable
  stock_count_sessions: StockCountSessionsTable
  stock_count_entries: StockCountEntriesTable
  stock_count_reasons: StockCountReasonsTable
  split_rules: SplitRulesTable
  pnbp_deposits: PnbpDepositsTable
  pnbp_targets: PnbpTargetsTable
  exhibitions: ExhibitionsTable
  stock_docs: StockDocsTable
  stock_doc_lines: StockDocLinesTable
  stock_doc_counters: StockDocCountersTable
  transfers: TransfersTable
  transfer_lines: TransferLinesTable
}
