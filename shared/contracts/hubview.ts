import { z } from 'zod'
import type { HasilKerjaDto, PnbpYearDto } from '../reports/reports-dto'
import { emptyInput, isoDate } from '../schemas'
import { channel } from './common'
import { hasilKerjaInput } from './reports'

/** One till's sales at one location in the period, as the hub knew them at the last sync. */
export interface HubSalesRowDto {
  deviceId: string
  /** The till's code (KSG1); null when the hub has not said it yet. */
  tillCode: string | null
  /** True for this till's own sales. */
  own: boolean
  locationId: string | null
  locationName: string | null
  sales: number
  /** Net of voided sales, integer Rupiah. */
  total: number
  voided: number
}

/** Laporan's "all tills (hub)" scope of the sales summary. */
export interface HubSalesDto {
  joined: boolean
  /** The last sync: what the hub knew then is what is shown. */
  asOf: number | null
  rows: HubSalesRowDto[]
  sales: number
  total: number
}

export interface HubLevelDto {
  locationId: string
  locationName: string | null
  productId: string
  productName: string | null
  sku: string | null
  onHand: number
}

/** Stok's "all tills (hub)" scope: every location's levels as the hub knew them. */
export interface HubStockDto {
  joined: boolean
  asOf: number | null
  levels: HubLevelDto[]
}

/**
 * Laporan's hasil kerja for the whole showroom: this till's own sales (live) and every other
 * till's at the locations the hub shares with it (as of the last sync), split together by this
 * till's split rules, exactly as the single-till report splits one till's.
 */
export interface HubHasilKerjaDto extends HasilKerjaDto {
  /** The last sync: what the hub knew then is what is shown. */
  asOf: number | null
}

/** PNBP across tills: due on every till's sales, deposited in every till's register. */
export interface HubPnbpDto extends PnbpYearDto {
  asOf: number | null
}

/** Reports and stock across tills, read from what the last sync brought down (issue 17). */
export const hubviewContract = {
  'hubview:sales': channel<HubSalesDto>()(z.strictObject({ from: isoDate, to: isoDate })),
  'hubview:stock': channel<HubStockDto>()(emptyInput),
  /** Refused with HUB_NOT_JOINED on a till that never joined a hub. */
  'hubview:hasilKerja': channel<HubHasilKerjaDto>()(hasilKerjaInput),
  'hubview:pnbp': channel<HubPnbpDto>()(z.strictObject({ month: hasilKerjaInput.shape.month })),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
