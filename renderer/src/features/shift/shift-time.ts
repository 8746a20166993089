import { formatReceiptDateTime } from '../../../../shared/receipt/receipt-datetime'

/** `27/11/2026 14:05`, in the showroom's zone (WIB); the caller adds the zone's label. */
export const shiftDateTime = (iso: string): string => formatReceiptDateTime(iso)

/** `14:05` of the same instant, for the compact status badge. */
export const shiftTime = (iso: string): string => formatReceiptDateTime(iso).slice(-5)
