import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import {
  docCurrencies,
  orderDocumentKinds,
  type BuyerDetailDto,
  type BuyerDto,
  type OrderDto,
  type OrderDocumentPrintedDto,
  type OrderSummaryDto,
  type ProductionRequestDto,
  type ReservationDto,
} from '../orders/orders-dto'
import {
  id,
  isoDate,
  optionalText,
  quantity,
  requiredText,
  rupiah,
  shortText,
  text,
  uniqueProducts,
} from '../schemas'
import { channel } from './common'

const grams = z.number().int().min(0).max(10_000_000)
const centimetres = z.number().int().min(1).max(1_000)

/**
 * A rate typed in for one document: Rupiah per one unit of the currency, at most two
 * decimals; stored times 100. Zero or less is refused (TOO_SMALL).
 */
export const documentRate = z
  .number()
  .gt(0)
  .max(10_000_000)
  .refine((r) => Math.round(r * 100) >= 1, { params: { code: 'TOO_SMALL' } })

/** Which document of an order, in which language and currency: saved or printed alike. */
const orderDocumentInput = z.strictObject({
  orderId: id,
  kind: z.enum(orderDocumentKinds),
  currency: z.enum(docCurrencies).optional(),
  rate: documentRate.optional(),
  paymentId: id.optional(),
  /** The shipment a delivery note covers: the latest one when absent. */
  shipmentId: id.optional(),
  language: z.enum(['id', 'en']).optional(),
})

/** The lines of a quotation: counter price unless an agreed price (with its reason) is given. */
const orderLines = z
  .array(
    z.strictObject({
      productId: id,
      qty: quantity,
      unitPrice: rupiah.optional(),
      priceReason: optionalText(200),
      hsCode: optionalText(20),
      netWeightG: grams.nullable().optional(),
      dueDate: isoDate.nullable().optional(),
    }),
  )
  .min(1)
  .max(200)
  .superRefine(uniqueProducts)

const paymentMethod = {
  methodId: id,
  reference: optionalText(60),
}

/** Buyers, orders, payments, production requests, packing, shipping and documents. */
export const ordersContract = {
  'orders:buyers': channel<BuyerDto[]>()(
    z.strictObject({
      search: shortText(80).default(''),
      includeInactive: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'orders:buyer': channel<BuyerDetailDto>()(z.strictObject({ id })),
  'orders:saveBuyer': channel<BuyerDto>()(
    z.strictObject({
      id: id.optional(),
      name: requiredText(120),
      kind: z.enum(['company', 'person']),
      country: z
        .string()
        .regex(/^[A-Za-z]{2}$/)
        .transform((c) => c.toUpperCase()),
      address: text(300, { multiline: true }).default(''),
      contact: shortText(120).default(''),
      phone: shortText(40).default(''),
      email: shortText(120).default(''),
      taxId: optionalText(40),
      language: z.enum(['id', 'en']),
      currency: z.enum(docCurrencies),
      active: z.boolean().default(true),
    }),
  ),
  'orders:list': channel<OrderSummaryDto[]>()(
    z.strictObject({
      buyerId: id.optional(),
      open: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'orders:get': channel<OrderDto>()(z.strictObject({ id })),
  /** A quotation: lines at the counter price unless an agreed price (with its reason) is given. */
  'orders:create': channel<OrderDto>()(
    z.strictObject({
      buyerId: id,
      locationId: id.optional(),
      dueDate: isoDate.nullable().optional(),
      note: optionalText(300),
      lines: orderLines,
    }),
  ),
  /**
   * Replaces a quotation's lines (added, removed or changed; each change audited). Only while
   * the order is a quotation; a new or changed agreed price asks orders.price.
   */
  'orders:editLines': channel<OrderDto>()(z.strictObject({ id, lines: orderLines })),
  /** Moves the order one step along its flow (shipping and cancelling have their own channels). */
  'orders:advance': channel<OrderDto>()(
    z.strictObject({ id, status: z.enum(['confirmed', 'in_production', 'ready', 'delivered']) }),
  ),
  'orders:cancel': channel<OrderDto>()(z.strictObject({ id, reason: requiredText(200) })),
  /** A deposit or balance payment; never more than the balance due. */
  'orders:pay': channel<OrderDto>()(
    z.strictObject({
      id,
      kind: z.enum(['deposit', 'balance']),
      amount: rupiah.min(1),
      ...paymentMethod,
    }),
  ),
  /** What happens to money held for a cancelled order: paid back, or kept (forfeit). */
  'orders:settleDeposit': channel<OrderDto>()(
    z.discriminatedUnion('outcome', [
      z.strictObject({
        id,
        outcome: z.literal('refund'),
        amount: rupiah.min(1),
        reason: requiredText(200),
        ...paymentMethod,
      }),
      z.strictObject({
        id,
        outcome: z.literal('forfeit'),
        amount: rupiah.min(1),
        reason: requiredText(200),
      }),
    ]),
  ),
  /** Replaces the packing plan: every carton with what it holds. */
  'orders:pack': channel<OrderDto>()(
    z.strictObject({
      id,
      cartons: z
        .array(
          z
            .strictObject({
              netWeightG: grams,
              grossWeightG: grams,
              lengthCm: centimetres,
              widthCm: centimetres,
              heightCm: centimetres,
              lines: z
                .array(z.strictObject({ productId: id, qty: quantity }))
                .min(1)
                .max(200)
                .superRefine(uniqueProducts),
            })
            .refine((c) => c.grossWeightG >= c.netWeightG, {
              path: ['grossWeightG'],
              params: { code: 'TOO_SMALL' },
            }),
        )
        .min(1)
        .max(500),
    }),
  ),
  /**
   * Ships the order, or the part of it given in `lines` (what is still to go when absent):
   * one sale and its stock movements at the order's prices, in one transaction.
   */
  'orders:ship': channel<OrderDto>()(
    z.strictObject({
      id,
      lines: z
        .array(z.strictObject({ productId: id, qty: quantity }))
        .min(1)
        .max(200)
        .superRefine(uniqueProducts)
        .optional(),
    }),
  ),
  'orders:requestProduction': channel<ProductionRequestDto>()(
    z.strictObject({
      orderId: id.nullable().optional(),
      productId: id,
      workshopId: id.nullable().optional(),
      qty: quantity,
      dueDate: isoDate,
      note: optionalText(200),
    }),
  ),
  'orders:productionRequests': channel<ProductionRequestDto[]>()(
    z.strictObject({
      filter: z.enum(['open', 'overdue', 'all']).default('open'),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'orders:closeProductionRequest': channel<ProductionRequestDto>()(z.strictObject({ id })),
  /**
   * On hand, reserved by open orders and free to sell, at a location: the till's when absent,
   * every location added up when null (the Stok screen's "all locations").
   */
  'orders:reservations': channel<ReservationDto[]>()(
    z.strictObject({
      productIds: z.array(id).min(1).max(500),
      locationId: id.nullable().optional(),
    }),
  ),
  /** Issues a numbered document of the order as an A4 PDF in the buyer's language. */
  'orders:document': channel<FilePayload>()(orderDocumentInput),
  /**
   * Issues the same numbered document (same series: printing is issuing) and prints it as an A4
   * page on the OS printer chosen for documents. Desktop app only: browser mode answers
   * OS_PRINT_UNAVAILABLE before any number is taken, and the user saves the PDF instead.
   */
  'orders:printDocument': channel<OrderDocumentPrintedDto>()(orderDocumentInput),
}
