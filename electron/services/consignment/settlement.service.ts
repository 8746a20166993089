import { createHash } from 'node:crypto'
import { sql, type Transaction } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { SettlementDto } from '../../../shared/consignment/consignment-dto'
import type { TransferDto } from '../../../shared/stock/stock-dto'
import type { Database } from '../../db/schema'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { formatReceiptNo, nextSeq, type ReceiptFormat } from '../core/receipt-number'
import { insertPayment, insertSaleHeader, insertSaleLine } from '../sales/sale-writer'
import { openShiftOf } from '../shifts/shifts.service'
import { postMovement } from '../stock/stock-ledger'
import { localDate, nextDocNo, usableLocation, type Db } from '../stock/stock-common'
import type { TransfersService } from '../stock/transfers.service'
import { commissionOf } from '../../../shared/consignment/commission'
import { priceAt, priceVersions, soldLayers, type PriceLayer } from './price-history'

/** Number prefix of settlement documents: TJ (titip jual) - till - year - sequence. */
const SETTLEMENT_PREFIX = 'TJ'

export type SettleInput = ParsedInputOf<'consignment:settle'>

interface ProductRow {
  id: string
  name: string
  sku: string
  price: number
  cost: number
  workshop_id: string | null
  category_id: string | null
  on_hand: number | null
}
type Layer = PriceLayer & { commission: number }
interface PricedLine {
  productId: string
  sold: number
  returned: number
  missing: number
  product: ProductRow
  layers: Layer[]
  gross: number
  commission: number
  /** The line's one price; units sent under different prices: the average, rounded up. */
  unitPrice: number
}

function priced(
  line: Omit<PricedLine, 'layers' | 'gross' | 'commission' | 'unitPrice'>,
  layers: Layer[],
  priceNow: number,
): PricedLine {
  const gross = layers.reduce((sum, l) => sum + l.qty * l.unitPrice, 0)
  const commission = layers.reduce((sum, l) => sum + l.commission, 0)
  const unitPrice =
    layers.length === 0
      ? priceNow
      : layers.length === 1
        ? layers[0]!.unitPrice
        : Math.ceil(gross / line.sold)
  return { ...line, layers, gross, commission, unitPrice }
}

/** A partner location, usable for stock, with its agreement. */
async function usablePartner(trx: Db, id: string) {
  const location = await usableLocation(trx, id, 'locationId')
  if (location.kind !== 'consignment') throw fieldError('locationId', 'INVALID_VALUE')
  const agreement = await trx
    .selectFrom('consignment_partners')
    .select('commission_pct')
    .where('location_id', '=', id)
    .executeTakeFirst()
  if (!agreement) throw fieldError('locationId', 'INVALID_VALUE')
  return { ...location, commissionPct: agreement.commission_pct }
}

/**
 * Goods out to a partner and the settlement that brings the account back. Sending is an
 * ordinary transfer, handed over on the spot (sent and received at once). Settling is one
 * transaction: the sold part becomes a sale at the partner's location through the till's own
 * sale writer (receipt number from this till's series, agreed price, the partner's commission
 * as the line discount, so net = what the shop receives); the returned part is a transfer
 * back; the missing part is a `count_adjustment` at the partner carrying the reason.
 */
export function createSettlementService(
  ctx: ServiceContext,
  transfers: TransfersService,
  receiptFormat: () => Promise<ReceiptFormat>,
) {
  const { db } = ctx

  async function send(
    actor: Actor,
    input: ParsedInputOf<'consignment:send'>,
  ): Promise<TransferDto> {
    const id = await db.transaction().execute(async (trx) => {
      const partner = await usablePartner(trx, input.locationId)
      const from = await usableLocation(trx, input.fromId, 'fromId')
      if (from.kind === 'consignment' || from.kind === 'event') {
        throw fieldError('fromId', 'INVALID_VALUE')
      }
      const transferId = await transfers.createDraft(trx, actor, {
        fromId: from.id,
        toId: partner.id,
        note: input.note ?? null,
        lines: input.lines,
      })
      await transfers.sendIn(trx, actor, transferId)
      // Handed over at the partner's counter: what arrives is what was packed.
      await transfers.receiveIn(
        trx,
        actor,
        transferId,
        input.lines.map((l) => ({ productId: l.productId, received: l.qty, damaged: 0 })),
        input.note ?? null,
      )
      await recordAudit(trx, ctx, actor, {
        action: 'consignment.send',
        refType: 'transfer',
        refId: transferId,
        detail: {
          partner: partner.name,
          units: input.lines.reduce((sum, l) => sum + l.qty, 0),
        },
      })
      return transferId
    })
    return transfers.get(id)
  }

  async function get(id: string, db_: Db = db): Promise<SettlementDto> {
    const head = await db_
      .selectFrom('consignment_settlements as c')
      .innerJoin('locations as l', 'l.id', 'c.location_id')
      .innerJoin('users as u', 'u.id', 'c.user_id')
      .leftJoin('sales as s', 's.id', 'c.sale_id')
      .leftJoin('transfers as t', 't.id', 'c.return_transfer_id')
      .leftJoin('locations as r', 'r.id', 'c.return_to_id')
      .select([
        'c.id',
        'c.doc_no',
        'c.location_id',
        'l.name as partner_name',
        'c.created_at',
        'u.name as user_name',
        'c.commission_pct',
        'c.sold_amount',
        'c.commission',
        'c.amount_due',
        'c.sale_id',
        's.receipt_no',
        't.transfer_no',
        'r.name as return_to_name',
        'c.missing_reason',
        'c.note',
      ])
      .where('c.id', '=', id)
      .executeTakeFirst()
    if (!head) throw new AppError('NOT_FOUND')
    const lines = await db_
      .selectFrom('consignment_settlement_lines as x')
      .innerJoin('products as p', 'p.id', 'x.product_id')
      .select([
        'x.line_no',
        'x.product_id',
        'p.sku',
        'p.name',
        'x.sold',
        'x.returned',
        'x.missing',
        'x.unit_price',
        'x.commission',
        (eb) =>
          eb
            .selectFrom('consignment_settlement_prices as sp')
            .select((e) => e.fn.sum<number>(sql<number>`sp.qty * sp.unit_price`).as('g'))
            .whereRef('sp.settlement_id', '=', 'x.settlement_id')
            .whereRef('sp.product_id', '=', 'x.product_id')
            .as('layered_amount'),
      ])
      .where('x.settlement_id', '=', id)
      .orderBy('x.line_no')
      .execute()
    return {
      id: head.id,
      docNo: head.doc_no,
      partnerId: head.location_id,
      partnerName: head.partner_name,
      createdAt: head.created_at,
      userName: head.user_name,
      commissionPct: head.commission_pct,
      soldAmount: head.sold_amount,
      commission: head.commission,
      amountDue: head.amount_due,
      saleId: head.sale_id,
      receiptNo: head.receipt_no ?? null,
      returnTransferNo: head.transfer_no ?? null,
      returnToName: head.return_to_name ?? null,
      missingReason: head.missing_reason,
      note: head.note,
      lines: lines.map((l) => ({
        lineNo: l.line_no,
        productId: l.product_id,
        sku: l.sku,
        name: l.name,
        sold: l.sold,
        returned: l.returned,
        missing: l.missing,
        unitPrice: l.unit_price,
        // Settled before 0024 or at one price: sold × price; otherwise the priced parts.
        soldAmount: l.layered_amount === null ? l.sold * l.unit_price : Number(l.layered_amount),
        commission: l.commission,
      })),
    }
  }

  async function list(input: ParsedInputOf<'consignment:settlements'>): Promise<SettlementDto[]> {
    const rows = await db
      .selectFrom('consignment_settlements')
      .select('id')
      .where('location_id', '=', input.locationId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .execute()
    return Promise.all(rows.map((r) => get(r.id)))
  }

  async function settle(actor: Actor, input: SettleInput): Promise<SettlementDto> {
    // Read before the transaction: the settings service uses the one connection it holds.
    const format = await receiptFormat()
    const id = await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('consignment_settlements')
        .select(['id', 'location_id'])
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (existing) {
        if (existing.location_id !== input.locationId) throw new AppError('IDEMPOTENCY_MISMATCH')
        return existing.id
      }
      await settleIn(trx, actor, input, format)
      return input.id
    })
    return get(id)
  }

  async function settleIn(
    trx: Transaction<Database>,
    actor: Actor,
    input: SettleInput,
    format: ReceiptFormat,
  ): Promise<void> {
    const partner = await usablePartner(trx, input.locationId)
    const returnTo = await usableLocation(trx, input.returnToId, 'returnToId')
    if (returnTo.kind === 'consignment' || returnTo.kind === 'event') {
      throw fieldError('returnToId', 'INVALID_VALUE')
    }
    const productIds = input.lines.map((l) => l.productId)
    const products = await trx
      .selectFrom('products as p')
      .leftJoin('stock_levels as s', (join) =>
        join.onRef('s.product_id', '=', 'p.id').on('s.location_id', '=', partner.id),
      )
      .select([
        'p.id',
        'p.name',
        'p.sku',
        'p.price',
        'p.cost',
        'p.workshop_id',
        'p.category_id',
        's.on_hand',
      ])
      .where('p.id', 'in', productIds)
      .execute()
    const byId = new Map(products.map((p) => [p.id, p]))
    const versions = await priceVersions(trx, partner.id, productIds)
    const checked = input.lines
      .map((line, index) => {
        const product = byId.get(line.productId)
        if (!product) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
        const available = Math.max(product.on_hand ?? 0, 0)
        const requested = line.sold + line.returned + line.missing
        if (requested > available) {
          throw new AppError('SETTLE_EXCEEDS_PARTNER', {
            partner: partner.name,
            name: product.name,
            available,
            requested,
          })
        }
        return { ...line, product }
      })
      .filter((l) => l.sold + l.returned + l.missing > 0)
    const now = ctx.clock.now()
    const lines: PricedLine[] = []
    for (const line of checked) {
      const layers = (
        await soldLayers(
          trx,
          partner.id,
          line.productId,
          line.sold,
          line.product.price,
          versions.get(line.productId),
        )
      ).map((l) => ({ ...l, commission: commissionOf(l.qty * l.unitPrice, partner.commissionPct) }))
      const priceNow = priceAt(versions.get(line.productId), line.product.price, now)
      lines.push(priced(line, layers, priceNow))
    }
    const missingReason = input.missingReason ?? null
    if (lines.some((l) => l.missing > 0) && !missingReason) {
      throw new AppError('VALIDATION', undefined, [
        { path: 'missingReason', code: 'REASON_REQUIRED' },
      ])
    }

    const docNo = await nextDocNo(trx, SETTLEMENT_PREFIX, localDate(now))
    const sold = lines.filter((l) => l.sold > 0)
    const soldAmount = sold.reduce((sum, l) => sum + l.gross, 0)
    const commission = sold.reduce((sum, l) => sum + l.commission, 0)
    const amountDue = soldAmount - commission

    let saleId: string | null = null
    if (sold.length > 0) {
      saleId = ctx.ids.next()
      // No method: the partner pays later (consignment:pay); until then the sale is owed.
      const method = input.methodId ? await activeMethod(trx, input.methodId) : null
      const reference = input.reference ?? null
      if (method && method.requires_reference === 1 && !reference && amountDue > 0) {
        throw new AppError('REFERENCE_REQUIRED', { method: method.name })
      }
      const shift = method ? await openShiftOf(trx, ctx.deviceId) : null
      // Cash handed over at the till belongs to a drawer, so to an open shift.
      if (method?.kind === 'cash' && amountDue > 0 && !shift) throw new AppError('SHIFT_REQUIRED')
      const seq = await nextSeq(trx, 'receipt_counters', ctx.deviceId)
      await insertSaleHeader(trx, ctx, {
        id: saleId,
        receiptSeq: seq,
        receiptNo: formatReceiptNo(format, seq, now),
        locationId: partner.id,
        userId: actor.userId,
        shiftId: shift?.id ?? null,
        subtotal: amountDue,
        cartDiscount: 0,
        cartDiscountKind: null,
        cartDiscountValue: null,
        cartDiscountReason: null,
        rounding: 0,
        total: amountDue,
        paid: amountDue,
        change: 0,
        requestHash: createHash('sha256').update(`consignment:${input.id}`).digest('hex'),
        createdAt: now,
      })
      // One sale line per price: units sent under different agreed prices sell at each.
      const saleLines = sold.flatMap((line) => line.layers.map((layer) => ({ line, layer })))
      for (const [index, { line, layer }] of saleLines.entries()) {
        const net = layer.qty * layer.unitPrice - layer.commission
        await insertSaleLine(trx, ctx, {
          saleId,
          lineNo: index + 1,
          locationId: partner.id,
          product: line.product,
          qty: layer.qty,
          unitPrice: layer.unitPrice,
          overrideReason: layer.unitPrice !== line.product.price ? docNo : null,
          lineDiscount: layer.commission,
          discountKind: layer.commission > 0 ? 'percent' : null,
          discountValue: layer.commission > 0 ? partner.commissionPct : null,
          discountReason: layer.commission > 0 ? docNo : null,
          lineTotal: net,
          netTotal: net,
          userId: actor.userId,
          createdAt: now,
        })
      }
      if (method && amountDue > 0) {
        await insertPayment(trx, ctx, {
          saleId,
          tenderNo: 1,
          method,
          amount: amountDue,
          tendered: amountDue,
          change: 0,
          reference,
          createdAt: now,
        })
      }
    }

    const back = lines
      .filter((l) => l.returned > 0)
      .map((l) => ({ productId: l.productId, qty: l.returned }))
    let transferId: string | null = null
    if (back.length > 0) {
      transferId = await transfers.createDraft(trx, actor, {
        fromId: partner.id,
        toId: returnTo.id,
        note: docNo,
        lines: back,
      })
      await transfers.sendIn(trx, actor, transferId)
      await transfers.receiveIn(
        trx,
        actor,
        transferId,
        back.map((b) => ({ productId: b.productId, received: b.qty, damaged: 0 })),
        docNo,
      )
    }

    for (const line of lines.filter((l) => l.missing > 0)) {
      await postMovement(trx, {
        id: ctx.ids.next(),
        productId: line.productId,
        locationId: partner.id,
        qty: -line.missing,
        reason: 'count_adjustment',
        unitCost: line.product.cost,
        workshopId: line.product.workshop_id,
        refType: 'consignment',
        refId: input.id,
        note: missingReason,
        userId: actor.userId,
        deviceId: ctx.deviceId,
        createdAt: now,
      })
    }

    await trx
      .insertInto('consignment_settlements')
      .values({
        id: input.id,
        doc_no: docNo,
        location_id: partner.id,
        sale_id: saleId,
        return_transfer_id: transferId,
        return_to_id: transferId ? returnTo.id : null,
        commission_pct: partner.commissionPct,
        sold_amount: soldAmount,
        commission,
        amount_due: amountDue,
        missing_reason: missingReason,
        note: input.note ?? null,
        user_id: actor.userId,
        device_id: ctx.deviceId,
        created_at: now,
      })
      .execute()
    for (const [index, line] of lines.entries()) {
      await trx
        .insertInto('consignment_settlement_lines')
        .values({
          id: ctx.ids.next(),
          settlement_id: input.id,
          line_no: index + 1,
          product_id: line.productId,
          sold: line.sold,
          returned: line.returned,
          missing: line.missing,
          unit_price: line.unitPrice,
          commission: line.commission,
        })
        .execute()
      for (const layer of line.layers) {
        await trx
          .insertInto('consignment_settlement_prices')
          .values({
            id: ctx.ids.next(),
            settlement_id: input.id,
            product_id: line.productId,
            qty: layer.qty,
            unit_price: layer.unitPrice,
            commission: layer.commission,
            sent_at: layer.sentAt,
          })
          .execute()
      }
    }
    await recordAudit(trx, ctx, actor, {
      action: 'consignment.settle',
      refType: 'consignment',
      refId: input.id,
      reason: missingReason,
      detail: {
        docNo,
        partner: partner.name,
        sold: sold.reduce((sum, l) => sum + l.sold, 0),
        returned: lines.reduce((sum, l) => sum + l.returned, 0),
        missing: lines.reduce((sum, l) => sum + l.missing, 0),
        amountDue,
        payLater: !input.methodId,
      },
    })
  }

  async function activeMethod(trx: Db, methodId: string) {
    const method = await trx
      .selectFrom('payment_methods')
      .selectAll()
      .where('id', '=', methodId)
      .where('active', '=', 1)
      .executeTakeFirst()
    if (!method) throw fieldError('methodId', 'INVALID_VALUE')
    return method
  }

  return { send, settle, get, list }
}

export type SettlementService = ReturnType<typeof createSettlementService>
