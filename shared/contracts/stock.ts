import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import {
  emptyInput,
  id,
  isoDate,
  optionalText,
  quantity,
  requiredText,
  rupiah,
  shortText,
  stockCount,
  uniqueProducts,
} from '../schemas'
import { stockDocKinds } from '../stock/movement-reasons'
import type {
  ExhibitionReportDto,
  LocationDto,
  StockCardDto,
  StockDocDto,
  StockDocSummaryDto,
  StockLevelsPageDto,
  StockLevelsTotalsDto,
  TransferDto,
  TransferSummaryDto,
} from '../stock/stock-dto'
import { channel } from './common'

const transferLines = z
  .array(z.strictObject({ productId: id, qty: quantity }))
  .min(1)
  .max(500)
  .superRefine(uniqueProducts)

/** Stock channels: locations, exhibitions, documents, transfers, levels and the stock card. */
export const stockContract = {
  'stock:locations': channel<LocationDto[]>()(
    z.strictObject({ includeInactive: z.boolean().default(false) }),
  ),
  /** Showroom or storeroom: create, rename, deactivate (only when empty). */
  'stock:saveLocation': channel<LocationDto>()(
    z.strictObject({
      id: id.optional(),
      name: requiredText(80),
      kind: z.enum(['showroom', 'storeroom']),
      active: z.boolean(),
    }),
  ),
  /** An exhibition is an event location; it opens on creation and is sellable until closed. */
  'stock:saveExhibition': channel<LocationDto>()(
    z
      .strictObject({
        id: id.optional(),
        name: requiredText(80),
        place: shortText(120),
        startsOn: isoDate,
        endsOn: isoDate,
      })
      .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'before start' }),
  ),
  /**
   * Closes an exhibition: what came back (counted) returns to `returnToId`, damaged units are
   * written off, and the rest is recorded as missing. Products not listed came back with 0.
   */
  'stock:closeExhibition': channel<ExhibitionReportDto>()(
    z.strictObject({
      locationId: id,
      returnToId: id,
      lines: z
        .array(z.strictObject({ productId: id, returned: stockCount, damaged: stockCount }))
        .max(5000)
        .superRefine(uniqueProducts),
      note: optionalText(200),
    }),
  ),
  'stock:exhibitionReport': channel<ExhibitionReportDto>()(z.strictObject({ locationId: id })),
  'stock:exhibitionReportPdf': channel<FilePayload>()(z.strictObject({ locationId: id })),

  /** Posts an intake or write-off document: every line's movement in one transaction. */
  'stock:postDocument': channel<StockDocDto>()(
    z.strictObject({
      kind: z.enum(stockDocKinds),
      locationId: id,
      workshopId: id.nullable().optional(),
      docDate: isoDate,
      batch: optionalText(40),
      party: optionalText(80),
      note: optionalText(200),
      /** A production intake may bring goods a production request asked for (orders). */
      productionRequestId: id.optional(),
      lines: z
        .array(z.strictObject({ productId: id, qty: quantity, unitCost: rupiah.optional() }))
        .min(1)
        .max(500)
        .superRefine(uniqueProducts),
    }),
  ),
  'stock:documents': channel<StockDocSummaryDto[]>()(
    z.strictObject({
      kind: z.enum(stockDocKinds).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'stock:document': channel<StockDocDto>()(z.strictObject({ id })),
  'stock:documentPdf': channel<FilePayload>()(z.strictObject({ id })),

  'stock:transfers': channel<TransferSummaryDto[]>()(
    z.strictObject({
      state: z.enum(['draft', 'in_transit', 'received', 'cancelled']).optional(),
      locationId: id.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'stock:transfer': channel<TransferDto>()(z.strictObject({ id })),
  /** Creates a draft transfer, or replaces a draft's lines. */
  'stock:saveTransfer': channel<TransferDto>()(
    z
      .strictObject({
        id: id.optional(),
        fromId: id,
        toId: id,
        note: optionalText(200),
        lines: transferLines,
      })
      .refine((v) => v.fromId !== v.toId, { path: ['toId'], message: 'same location' }),
  ),
  /** Posts transfer_out at the source: from now the goods are in transit, at neither place. */
  'stock:sendTransfer': channel<TransferDto>()(z.strictObject({ id })),
  'stock:cancelTransfer': channel<TransferDto>()(z.strictObject({ id })),
  /**
   * Receives at the destination. Per line: units received in good order and damaged; the
   * rest of what was sent is missing. Lines not listed were not received at all.
   */
  'stock:receiveTransfer': channel<TransferDto>()(
    z.strictObject({
      id,
      lines: z
        .array(z.strictObject({ productId: id, received: stockCount, damaged: stockCount }))
        .max(500)
        .superRefine(uniqueProducts),
      note: optionalText(200),
    }),
  ),
  /** The packing list as an A4 PDF. */
  'stock:transferPdf': channel<FilePayload>()(z.strictObject({ id })),

  /** On-hand per product, at one location or all, one page at a time. */
  'stock:levels': channel<StockLevelsPageDto>()(
    z.strictObject({
      locationId: id.nullable().default(null),
      query: shortText(100).default(''),
      categoryId: id.nullable().default(null),
      workshopId: id.nullable().default(null),
      lowStock: z.boolean().default(false),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  ),
  /** Units, value at cost and units in transit over the same view as `stock:levels`. */
  'stock:levelTotals': channel<StockLevelsTotalsDto>()(
    z.strictObject({
      locationId: id.nullable().default(null),
      query: shortText(100).default(''),
      categoryId: id.nullable().default(null),
      workshopId: id.nullable().default(null),
      lowStock: z.boolean().default(false),
    }),
  ),
  /** Kartu stok: a product's movements, newest first, with the running balance per location. */
  'stock:card': channel<StockCardDto>()(
    z.strictObject({
      productId: id,
      locationId: id.nullable().default(null),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'stock:setReorderLevel': channel<{ productId: string; reorderLevel: number }>()(
    z.strictObject({ productId: id, reorderLevel: z.number().int().min(0).max(1_000_000) }),
  ),
  /** Recomputes every cached level from the ledger; lists disagreements (none expected). */
  'stock:verify': channel<{ checked: number; mismatches: number }>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
