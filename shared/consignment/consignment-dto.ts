/** A partner shop holding goods on consignment (titip jual): a location of kind 'consignment'. */
export interface PartnerDto {
  id: string
  name: string
  active: boolean
  contact: string | null
  address: string | null
  /** Whole percent of the agreed price the partner keeps of what it sells. */
  commissionPct: number
  /** Units at the partner now. */
  units: number
  /** Rupiah the partner owes now: settled and not yet paid. */
  owed: number
}

/** One product at a partner: what it holds and the agreed consignment price. */
export interface PartnerStockLineDto {
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  listPrice: number
  /** The agreed price at this partner (the list price unless one was agreed). */
  price: number
  agreed: boolean
  onHand: number
}

export interface PartnerStockDto {
  partner: PartnerDto
  lines: PartnerStockLineDto[]
}

export interface SettlementLineDto {
  lineNo: number
  productId: string
  sku: string
  name: string
  sold: number
  returned: number
  missing: number
  unitPrice: number
  soldAmount: number
  commission: number
}

export interface SettlementDto {
  id: string
  docNo: string
  partnerId: string
  partnerName: string
  createdAt: number
  userName: string
  commissionPct: number
  soldAmount: number
  commission: number
  amountDue: number
  /** The sale it became (receipt number), when anything was sold. */
  saleId: string | null
  receiptNo: string | null
  /** The return transfer, when anything came back. */
  returnTransferNo: string | null
  returnToName: string | null
  missingReason: string | null
  note: string | null
  lines: SettlementLineDto[]
}

/** Per product over a period: opening + sent − sold − returned − missing = closing. */
export interface StatementLineDto {
  productId: string
  sku: string
  name: string
  opening: number
  sent: number
  sold: number
  returned: number
  missing: number
  closing: number
  soldAmount: number
  commission: number
  amountDue: number
}

export type StatementTotals = Omit<StatementLineDto, 'productId' | 'sku' | 'name'>

export interface StatementDto {
  partner: PartnerDto
  from: string
  to: string
  lines: StatementLineDto[]
  totals: StatementTotals
  settlements: Array<{ docNo: string; createdAt: number; amountDue: number }>
  /** Later payments (consignment:pay) taken in the period. */
  payments: Array<{ docNo: string; createdAt: number; amount: number; methodName: string }>
  /** What the partner owed at the end of the period. */
  owedAtEnd: number
}
