import type { ParsedInputOf } from '../../../shared/contract'
import { docPrefixes, writeOffKinds } from '../../../shared/stock/movement-reasons'
import type { StockDocDto, StockDocKind, StockDocSummaryDto } from '../../../shared/stock/stock-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { linkIntakeToRequest, openRequestFor } from '../orders/production-requests.service'
import { postMovement } from './stock-ledger'
import { nextDocNo, seesCost, usableLocation, type Db } from './stock-common'

const isWriteOff = (kind: StockDocKind) => (writeOffKinds as readonly string[]).includes(kind)

function summaryQuery(db: Db) {
  return db
    .selectFrom('stock_docs as d')
    .innerJoin('locations as l', 'l.id', 'd.location_id')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .leftJoin('workshops as w', 'w.id', 'd.workshop_id')
    .select((eb) => [
      'd.id',
      'd.doc_no as docNo',
      'd.kind',
      'd.location_id as locationId',
      'l.name as locationName',
      'd.workshop_id as workshopId',
      'w.name as workshopName',
      'd.doc_date as docDate',
      'd.batch',
      'd.party',
      'd.note',
      'u.name as userName',
      'd.created_at as createdAt',
      eb
        .selectFrom('stock_doc_lines as x')
        .select((x) => x.fn.coalesce(x.fn.sum<number>('x.qty'), x.lit(0)).as('n'))
        .whereRef('x.doc_id', '=', 'd.id')
        .as('units'),
      eb
        .selectFrom('stock_doc_lines as x')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('x.doc_id', '=', 'd.id')
        .as('lines'),
    ])
}

/**
 * Intake (penerimaan hasil produksi, purchase, consignment) and write-off (damaged, sample)
 * documents. A document is posted whole: its number, lines and movements are written in one
 * transaction, and it never changes afterwards.
 */
export function createStockDocsService(ctx: ServiceContext) {
  const { db } = ctx

  async function post(actor: Actor, input: ParsedInputOf<'stock:postDocument'>) {
    const writeOff = isWriteOff(input.kind)
    const id = await db.transaction().execute(async (trx) => {
      const location = await usableLocation(trx, input.locationId, 'locationId')
      // Intake lands in the showroom or a storeroom; exhibitions are stocked by transfer so
      // their report accounts for everything that was sent.
      if (!writeOff && location.kind === 'event') throw fieldError('locationId', 'INVALID_VALUE')
      if (input.workshopId) {
        const workshop = await trx
          .selectFrom('workshops')
          .select('id')
          .where('id', '=', input.workshopId)
          .executeTakeFirst()
        if (!workshop) throw fieldError('workshopId', 'INVALID_VALUE')
      }
      const productIds = input.lines.map((l) => l.productId)
      const products = await trx
        .selectFrom('products as p')
        .leftJoin('stock_levels as s', (join) =>
          join.onRef('s.product_id', '=', 'p.id').on('s.location_id', '=', location.id),
        )
        .select(['p.id', 'p.name', 'p.cost', 'p.workshop_id', 's.on_hand'])
        .where('p.id', 'in', productIds)
        .execute()
      const byId = new Map(products.map((p) => [p.id, p]))
      input.lines.forEach((line, index) => {
        const product = byId.get(line.productId)
        if (!product) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
        if (writeOff && line.qty > (product.on_hand ?? 0)) {
          throw new AppError('INSUFFICIENT_STOCK', {
            name: product.name,
            available: product.on_hand ?? 0,
            requested: line.qty,
          })
        }
      })

      // A production intake may answer a request to a workshop (orders); checked before writing.
      let request = null
      if (input.productionRequestId) {
        if (input.kind !== 'production_in') throw fieldError('productionRequestId', 'INVALID_VALUE')
        request = await openRequestFor(trx, input.productionRequestId, productIds)
      }
      const docId = ctx.ids.next()
      const now = ctx.clock.now()
      const docNo = await nextDocNo(trx, docPrefixes[input.kind], input.docDate)
      await trx
        .insertInto('stock_docs')
        .values({
          id: docId,
          doc_no: docNo,
          kind: input.kind,
          location_id: location.id,
          workshop_id: input.workshopId ?? null,
          doc_date: input.docDate,
          batch: input.batch ?? null,
          party: input.party ?? null,
          note: input.note ?? null,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      let lineNo = 0
      for (const line of input.lines) {
        const product = byId.get(line.productId)!
        const unitCost = line.unitCost ?? product.cost
        lineNo += 1
        await trx
          .insertInto('stock_doc_lines')
          .values({
            id: ctx.ids.next(),
            doc_id: docId,
            line_no: lineNo,
            product_id: product.id,
            qty: line.qty,
            unit_cost: unitCost,
          })
          .execute()
        await postMovement(trx, {
          id: ctx.ids.next(),
          productId: product.id,
          locationId: location.id,
          qty: writeOff ? -line.qty : line.qty,
          reason: input.kind,
          unitCost,
          workshopId: input.workshopId ?? product.workshop_id,
          refType: 'stock_doc',
          refId: docId,
          note:
            [input.batch ? `batch ${input.batch}` : null, input.note]
              .filter(Boolean)
              .join(' · ')
              .slice(0, 200) || null,
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        })
      }
      if (request) await linkIntakeToRequest(trx, docId, request)
      if (writeOff) {
        await recordAudit(trx, ctx, actor, {
          action: `stock.${input.kind}`,
          refType: 'stock_doc',
          refId: docId,
          reason: input.note ?? null,
          detail: { docNo, lines: input.lines.length },
        })
      }
      return docId
    })
    return get(actor, id)
  }

  async function list(input: ParsedInputOf<'stock:documents'>): Promise<StockDocSummaryDto[]> {
    let q = summaryQuery(db)
    if (input.kind) q = q.where('d.kind', '=', input.kind)
    const rows = await q.orderBy('d.created_at', 'desc').limit(input.limit).execute()
    return rows.map((r) => ({
      id: r.id,
      docNo: r.docNo,
      kind: r.kind,
      locationId: r.locationId,
      locationName: r.locationName,
      workshopName: r.workshopName,
      docDate: r.docDate,
      batch: r.batch,
      userName: r.userName,
      createdAt: r.createdAt,
      units: Number(r.units ?? 0),
      lines: Number(r.lines ?? 0),
    }))
  }

  async function get(actor: Actor, id: string): Promise<StockDocDto> {
    const row = await summaryQuery(db).where('d.id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    const lines = await db
      .selectFrom('stock_doc_lines as x')
      .innerJoin('products as p', 'p.id', 'x.product_id')
      .select(['x.line_no', 'x.product_id', 'p.sku', 'p.name', 'p.unit', 'x.qty', 'x.unit_cost'])
      .where('x.doc_id', '=', id)
      .orderBy('x.line_no')
      .execute()
    const cost = seesCost(actor)
    return {
      ...row,
      units: Number(row.units ?? 0),
      lines: Number(row.lines ?? 0),
      lineItems: lines.map((l) => ({
        lineNo: l.line_no,
        productId: l.product_id,
        sku: l.sku,
        name: l.name,
        unit: l.unit,
        qty: l.qty,
        unitCost: cost ? l.unit_cost : null,
      })),
      totalCost: cost ? lines.reduce((sum, l) => sum + l.qty * l.unit_cost, 0) : null,
    }
  }

  return { post, list, get }
}

export type StockDocsService = ReturnType<typeof createStockDocsService>
