/** A partner's payment against what its settlements left owing (recorded after settling). */
export interface ConsignmentPaymentDto {
  id: string
  /** Its own receipt number: KTJ-till-year-sequence. */
  docNo: string
  partnerId: string
  partnerName: string
  methodName: string
  amount: number
  reference: string | null
  note: string | null
  userName: string
  createdAt: number
  /** What the partner still owes after this payment. */
  owedAfter: number
}

/** One agreed-price version at a partner; null price: back to the list price. */
export interface PriceVersionDto {
  price: number | null
  effectiveAt: number
  createdAt: number
  userName: string | null
}
