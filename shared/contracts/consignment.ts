import { z } from 'zod'
import type { ConsignmentPaymentDto, PriceVersionDto } from '../consignment/consignment-money-dto'
import type {
  PartnerDto,
  PartnerStockDto,
  SettlementDto,
  StatementDto,
} from '../consignment/consignment-dto'
import type { FilePayload } from '../documents/file-payload'
import type { TransferDto } from '../stock/stock-dto'
import {
  id,
  isoDate,
  optionalText,
  quantity,
  requiredText,
  rupiah,
  stockCount,
  uniqueProducts,
  uuid,
} from '../schemas'
import { channel } from './common'

const period = z
  .strictObject({ locationId: id, from: isoDate, to: isoDate })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'before start' })

/** Consignment (titip jual): partners, their agreed prices, sending goods and settling. */
export const consignmentContract = {
  'consignment:partners': channel<PartnerDto[]>()(
    z.strictObject({ includeInactive: z.boolean().default(false) }),
  ),
  /** Creates or edits a partner: its location (kind consignment) and the agreement. */
  'consignment:savePartner': channel<PartnerDto>()(
    z.strictObject({
      id: id.optional(),
      name: requiredText(80),
      contact: optionalText(120),
      address: optionalText(200),
      commissionPct: z.number().int().min(0).max(99),
      active: z.boolean().default(true),
    }),
  ),
  /** What the partner holds, per product, with the agreed price. */
  'consignment:stock': channel<PartnerStockDto>()(z.strictObject({ locationId: id })),
  /**
   * Agrees a product's consignment price at a partner; null goes back to the list price. A new
   * version, in force from `effectiveAt` (now when left out); earlier versions are kept.
   */
  'consignment:setPrice': channel<{ productId: string; price: number | null }>()(
    z.strictObject({
      locationId: id,
      productId: id,
      price: rupiah.nullable(),
      effectiveAt: z.number().int().min(0).max(8_640_000_000_000_000).optional(),
    }),
  ),
  /** Every agreed-price version of a product at a partner, newest first. */
  'consignment:priceHistory': channel<PriceVersionDto[]>()(
    z.strictObject({ locationId: id, productId: id }),
  ),
  /**
   * A payment from the partner against what its settlements left owing, with its own receipt
   * number. Never more than owed. The id is made by the client once (resubmit = same payment).
   */
  'consignment:pay': channel<ConsignmentPaymentDto>()(
    z.strictObject({
      id: uuid,
      locationId: id,
      methodId: id,
      amount: rupiah.min(1),
      reference: optionalText(60),
      note: optionalText(200),
    }),
  ),
  'consignment:payments': channel<ConsignmentPaymentDto[]>()(
    z.strictObject({ locationId: id, limit: z.number().int().min(1).max(500).default(50) }),
  ),
  /** A payment's receipt as an A4 PDF in the caller's language. */
  'consignment:paymentPdf': channel<FilePayload>()(z.strictObject({ id: uuid })),
  /** Sends goods to the partner: one transfer, sent and handed over (received) at once. */
  'consignment:send': channel<TransferDto>()(
    z.strictObject({
      locationId: id,
      fromId: id,
      note: optionalText(200),
      lines: z
        .array(z.strictObject({ productId: id, qty: quantity }))
        .min(1)
        .max(500)
        .superRefine(uniqueProducts),
    }),
  ),
  /**
   * Settles with the partner in one transaction: what it sold becomes a sale at its location
   * (agreed price, commission as the line discount, paid with `methodId`), what came back is
   * a transfer to `returnToId`, what is missing is written off with `missingReason`. The id is
   * made by the client once, so a resubmit returns the same settlement.
   */
  'consignment:settle': channel<SettlementDto>()(
    z
      .strictObject({
        id: uuid,
        locationId: id,
        returnToId: id,
        /** Null: the partner pays later (consignment:pay); the amount stays owed until then. */
        methodId: id.nullable(),
        reference: optionalText(60),
        missingReason: optionalText(200),
        note: optionalText(200),
        lines: z
          .array(
            z.strictObject({
              productId: id,
              sold: stockCount,
              returned: stockCount,
              missing: stockCount,
            }),
          )
          .min(1)
          .max(500)
          .superRefine(uniqueProducts),
      })
      .refine((v) => v.lines.some((l) => l.sold + l.returned + l.missing > 0), {
        path: ['lines'],
        message: 'nothing settled',
      }),
  ),
  'consignment:settlements': channel<SettlementDto[]>()(
    z.strictObject({ locationId: id, limit: z.number().int().min(1).max(500).default(50) }),
  ),
  /** Per product over a period: opening, sent, sold, returned, missing, closing and money. */
  'consignment:statement': channel<StatementDto>()(period),
  /** The statement as an A4 PDF in the caller's language. */
  'consignment:statementPdf': channel<FilePayload>()(period),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
