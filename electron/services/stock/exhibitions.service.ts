import { sql } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { ExhibitionReportDto, ExhibitionReportLineDto } from '../../../shared/stock/stock-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { postMovement } from './stock-ledger'
import type { LocationsService } from './locations.service'
import { readTillLocation, usableLocation, type Db } from './stock-common'
import type { TransfersService } from './transfers.service'

interface ReportRow {
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  price: number
  sent: number
  soldQty: number
  returned: number
  damaged: number
  missing: number
  remaining: number
  soldAmount: number
}

/**
 * The exhibition round trip. Stock reaches an exhibition by transfer, is sold there by the
 * till (sale movements at the exhibition's location), and comes back when it closes: the
 * count of what returned becomes a transfer back, damaged units are written off and the
 * rest is recorded as missing (count_adjustment), leaving the exhibition at zero.
 */
export function createExhibitionsService(
  ctx: ServiceContext,
  locations: LocationsService,
  transfers: TransfersService,
) {
  const { db } = ctx

  async function report(locationId: string, db_: Db = db): Promise<ExhibitionReportDto> {
    const location = await locations.get(locationId, db_)
    if (!location.exhibition) throw new AppError('NOT_FOUND')
    // Movement sums by reason at this location; sales in Rupiah from the sale lines (net of
    // discounts), less voided sales and returned amounts.
    const rows = await sql<ReportRow>`
      with m as (
        select product_id,
          sum(case when reason = 'transfer_in' then qty else 0 end) as sent,
          -sum(case when reason in ('sale','void','return') then qty else 0 end) as sold_qty,
          -sum(case when reason = 'transfer_out' then qty else 0 end) as returned,
          -sum(case when reason = 'damaged' then qty else 0 end) as damaged,
          -sum(case when reason = 'count_adjustment' then qty else 0 end) as missing,
          sum(qty) as remaining
        from stock_movements where location_id = ${locationId}
        group by product_id
      ),
      sold as (
        select sl.product_id,
          sum(sl.net_total) - coalesce(sum((
            select sum(rl.amount) from return_lines rl where rl.sale_line_id = sl.id)), 0) as amount
        from sales s join sale_lines sl on sl.sale_id = s.id
        where s.location_id = ${locationId}
          and not exists (select 1 from sale_voids v where v.sale_id = s.id)
        group by sl.product_id
      )
      select p.id as productId, p.sku, p.barcode, p.name, p.unit, p.price,
        m.sent, m.sold_qty as soldQty, m.returned, m.damaged, m.missing, m.remaining,
        coalesce(sold.amount, 0) as soldAmount
      from m join products p on p.id = m.product_id
      left join sold on sold.product_id = m.product_id
      order by p.name, p.id
    `.execute(db_)
    const lines: ExhibitionReportLineDto[] = rows.rows.map((r) => {
      const varianceQty = Number(r.damaged) + Number(r.missing)
      return {
        productId: r.productId,
        sku: r.sku,
        barcode: r.barcode,
        name: r.name,
        unit: r.unit,
        price: r.price,
        sent: Number(r.sent),
        soldQty: Number(r.soldQty),
        soldAmount: Number(r.soldAmount),
        returned: Number(r.returned),
        damaged: Number(r.damaged),
        missing: Number(r.missing),
        remaining: Number(r.remaining),
        varianceQty,
        varianceAmount: varianceQty * r.price,
      }
    })
    const sum = (key: keyof ExhibitionReportDto['totals']) =>
      lines.reduce((total, line) => total + line[key], 0)
    const inTransit = await db_
      .selectFrom('transfers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', 'in_transit')
      .where((eb) =>
        eb.or([eb('from_location_id', '=', locationId), eb('to_location_id', '=', locationId)]),
      )
      .executeTakeFirstOrThrow()
    return {
      location,
      lines,
      totals: {
        sent: sum('sent'),
        soldQty: sum('soldQty'),
        soldAmount: sum('soldAmount'),
        returned: sum('returned'),
        damaged: sum('damaged'),
        missing: sum('missing'),
        remaining: sum('remaining'),
        varianceQty: sum('varianceQty'),
        varianceAmount: sum('varianceAmount'),
      },
      inTransitTransfers: Number(inTransit.n),
    }
  }

  async function close(
    actor: Actor,
    input: ParsedInputOf<'stock:closeExhibition'>,
  ): Promise<ExhibitionReportDto> {
    return db.transaction().execute(async (trx) => {
      const exhibition = await usableLocation(trx, input.locationId, 'locationId')
      if (exhibition.kind !== 'event') throw fieldError('locationId', 'INVALID_VALUE')
      const returnTo = await usableLocation(trx, input.returnToId, 'returnToId')
      if (returnTo.kind === 'event') throw fieldError('returnToId', 'INVALID_VALUE')
      const moving = await trx
        .selectFrom('transfers')
        .select('transfer_no')
        .where('state', 'in', ['draft', 'in_transit'])
        .where((eb) =>
          eb.or([
            eb('from_location_id', '=', exhibition.id),
            eb('to_location_id', '=', exhibition.id),
          ]),
        )
        .executeTakeFirst()
      if (moving) throw new AppError('DOCUMENT_STATE', { docNo: moving.transfer_no })

      const levels = await trx
        .selectFrom('stock_levels as s')
        .innerJoin('products as p', 'p.id', 's.product_id')
        .select(['s.product_id', 's.on_hand', 'p.name', 'p.cost', 'p.workshop_id'])
        .where('s.location_id', '=', exhibition.id)
        .execute()
      const byProduct = new Map(levels.map((l) => [l.product_id, l]))
      input.lines.forEach((line, index) => {
        const level = byProduct.get(line.productId)
        if (!level) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
        if (line.returned + line.damaged > Math.max(level.on_hand, 0)) {
          throw new AppError('COUNT_EXCEEDS_EXPECTED', {
            name: level.name,
            counted: line.returned + line.damaged,
            expected: Math.max(level.on_hand, 0),
          })
        }
      })
      const counted = new Map(input.lines.map((l) => [l.productId, l]))
      const now = ctx.clock.now()
      const note = input.note ?? null

      const back = levels
        .map((l) => ({ productId: l.product_id, qty: counted.get(l.product_id)?.returned ?? 0 }))
        .filter((l) => l.qty > 0)
      let transferId: string | null = null
      if (back.length > 0) {
        transferId = await transfers.createDraft(trx, actor, {
          fromId: exhibition.id,
          toId: returnTo.id,
          note,
          lines: back,
        })
        await transfers.sendIn(trx, actor, transferId)
        // Counted at the booth when packing: what arrives is what was counted.
        await transfers.receiveIn(
          trx,
          actor,
          transferId,
          back.map((b) => ({ productId: b.productId, received: b.qty, damaged: 0 })),
          note,
        )
      }

      for (const level of levels) {
        const count = counted.get(level.product_id)
        const damaged = count?.damaged ?? 0
        const missing = level.on_hand - (count?.returned ?? 0) - damaged
        const base = {
          productId: level.product_id,
          locationId: exhibition.id,
          unitCost: level.cost,
          workshopId: level.workshop_id,
          refType: 'exhibition',
          refId: exhibition.id,
          note,
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        }
        if (damaged > 0) {
          await postMovement(trx, { ...base, id: ctx.ids.next(), qty: -damaged, reason: 'damaged' })
        }
        // Zeroes the exhibition; a negative level (oversold) is corrected upwards the same way.
        if (missing !== 0) {
          await postMovement(trx, {
            ...base,
            id: ctx.ids.next(),
            qty: -missing,
            reason: 'count_adjustment',
          })
        }
      }

      await trx
        .updateTable('exhibitions')
        .set({
          state: 'closed',
          closed_at: now,
          closed_by: actor.userId,
          return_location_id: returnTo.id,
          close_note: note,
        })
        .where('location_id', '=', exhibition.id)
        .execute()
      await trx
        .updateTable('locations')
        .set({ active: 0 })
        .where('id', '=', exhibition.id)
        .execute()
      // A till still selling at the closed booth goes back to the showroom it returned to.
      if ((await readTillLocation(trx)) === exhibition.id) {
        const value = JSON.stringify(returnTo.id)
        await trx
          .insertInto('settings')
          .values({ key: 'till.defaultLocationId', value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute()
      }
      const result = await report(exhibition.id, trx)
      await recordAudit(trx, ctx, actor, {
        action: 'exhibition.close',
        refType: 'location',
        refId: exhibition.id,
        reason: note,
        detail: {
          transferId,
          returned: result.totals.returned,
          damaged: result.totals.damaged,
          missing: result.totals.missing,
        },
      })
      return result
    })
  }

  return { report, close }
}

export type ExhibitionsService = ReturnType<typeof createExhibitionsService>
