import type { Generated } from 'kysely'

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
}

export interface CategoriesTable {
  id: string
  name: string
  device_id: string
  created_at: number
}

export interface LocationsTable {
  id: string
  name: string
  kind: 'showroom' | 'storeroom' | 'event'
  active: Generated<number>
  device_id: string
  created_at: number
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
}

export interface StockLevelsTable {
  product_id: string
  location_id: string
  on_hand: number
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

export interface Database {
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
  workshops: WorkshopsTable
  categories: CategoriesTable
  locations: LocationsTable
  products: ProductsTable
  stock_levels: StockLevelsTable
  stock_movements: StockMovementsTable
  payment_methods: PaymentMethodsTable
  receipt_counters: ReceiptCountersTable
  sales: SalesTable
  sale_lines: SaleLinesTable
  payments: PaymentsTable
  print_jobs: PrintJobsTable
}
