import type { Transaction } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import { docPrefixes } from '../../../shared/stock/movement-reasons'
import type { TransferDto, TransferSummaryDto } from '../../../shared/stock/stock-dto'
import type { Database } from '../../db/schema'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { postMovement } from './stock-ledger'
import { localDate, nextDocNo, usableLocation, type Db } from './stock-common'

function summaryQuery(db: Db) {
  return db
    .selectFrom('transfers as t')
    .innerJoin('locations as f', 'f.id', 't.from_location_id')
    .innerJoin('locations as d', 'd.id', 't.to_location_id')
    .select((eb) => [
      't.id',
      't.transfer_no as transferNo',
      't.from_location_id as fromId',
      'f.name as fromName',
      't.to_location_id as toId',
      'd.name as toName',
      't.state',
      't.created_at as createdAt',
      't.sent_at as sentAt',
      't.received_at as receivedAt',
      eb
        .selectFrom('transfer_lines as x')
        .select((x) => x.fn.coalesce(x.fn.sum<number>('x.qty_sent'), x.lit(0)).as('n'))
        .whereRef('x.transfer_id', '=', 't.id')
        .as('units'),
      eb
        .selectFrom('transfer_lines as x')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('x.transfer_id', '=', 't.id')
        .as('lines'),
    ])
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>
const toSummary = (r: SummaryRow): TransferSummaryDto => ({
  ...r,
  units: Number(r.units ?? 0),
  lines: Number(r.lines ?? 0),
})

export interface ReceiveLine {
  productId: string
  received: number
  damaged: number
}

/**
 * Transfers between locations. Sending posts transfer_out at the source: from then until
 * receipt the goods are in transit and counted at neither location. Receiving posts
 * transfer_in of everything sent at the destination, then the differences found by the
 * count: damaged units as `damaged`, missing ones as `count_adjustment`, both pointing at
 * the transfer. A transfer's transfer_out and transfer_in therefore always cancel out.
 */
export function createTransfersService(ctx: ServiceContext) {
  const { db } = ctx

  async function list(input: ParsedInputOf<'stock:transfers'>): Promise<TransferSummaryDto[]> {
    let q = summaryQuery(db)
    if (input.state) q = q.where('t.state', '=', input.state)
    if (input.locationId) {
      const loc = input.locationId
      q = q.where((eb) =>
        eb.or([eb('t.from_location_id', '=', loc), eb('t.to_location_id', '=', loc)]),
      )
    }
    const rows = await q.orderBy('t.created_at', 'desc').limit(input.limit).execute()
    return rows.map(toSummary)
  }

  async function get(id: string, db_: Db = db): Promise<TransferDto> {
    const row = await summaryQuery(db_)
      .innerJoin('users as c', 'c.id', 't.created_by')
      .leftJoin('users as s', 's.id', 't.sent_by')
      .leftJoin('users as r', 'r.id', 't.received_by')
      .select([
        't.note',
        't.receive_note as receiveNote',
        'c.name as createdByName',
        's.name as sentByName',
        'r.name as receivedByName',
      ])
      .where('t.id', '=', id)
      .executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    const lines = await db_
      .selectFrom('transfer_lines as x')
      .innerJoin('products as p', 'p.id', 'x.product_id')
      .select([
        'x.line_no as lineNo',
        'x.product_id as productId',
        'p.sku',
        'p.barcode',
        'p.name',
        'p.unit',
        'x.qty_sent as qtySent',
        'x.qty_received as qtyReceived',
        'x.qty_damaged as qtyDamaged',
        'x.qty_missing as qtyMissing',
      ])
      .where('x.transfer_id', '=', id)
      .orderBy('x.line_no')
      .execute()
    return { ...toSummary(row), ...pickDetail(row), lineItems: lines }
  }

  const pickDetail = (row: {
    note: string | null
    receiveNote: string | null
    createdByName: string
    sentByName: string | null
    receivedByName: string | null
  }) => ({
    note: row.note,
    receiveNote: row.receiveNote,
    createdByName: row.createdByName,
    sentByName: row.sentByName,
    receivedByName: row.receivedByName,
  })

  async function lockState(trx: Db, id: string, expected: TransferDto['state']) {
    const row = await trx
      .selectFrom('transfers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    if (row.state !== expected) throw new AppError('DOCUMENT_STATE', { docNo: row.transfer_no })
    return row
  }

  async function writeLines(
    trx: Transaction<Database>,
    transferId: string,
    lines: Array<{ productId: string; qty: number }>,
  ) {
    const products = await trx
      .selectFrom('products')
      .select(['id', 'cost'])
      .where(
        'id',
        'in',
        lines.map((l) => l.productId),
      )
      .execute()
    const cost = new Map(products.map((p) => [p.id, p.cost]))
    let lineNo = 0
    for (const [index, line] of lines.entries()) {
      const unitCost = cost.get(line.productId)
      if (unitCost === undefined) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
      lineNo += 1
      await trx
        .insertInto('transfer_lines')
        .values({
          id: ctx.ids.next(),
          transfer_id: transferId,
          line_no: lineNo,
          product_id: line.productId,
          qty_sent: line.qty,
          unit_cost: unitCost,
        })
        .execute()
    }
  }

  /** Creates a draft inside a transaction (also used by closing an exhibition). */
  async function createDraft(
    trx: Transaction<Database>,
    actor: Actor,
    input: {
      fromId: string
      toId: string
      note: string | null
      lines: ParsedInputOf<'stock:saveTransfer'>['lines']
    },
  ): Promise<string> {
    const id = ctx.ids.next()
    const now = ctx.clock.now()
    await trx
      .insertInto('transfers')
      .values({
        id,
        transfer_no: await nextDocNo(trx, docPrefixes.transfer, localDate(now)),
        from_location_id: input.fromId,
        to_location_id: input.toId,
        state: 'draft',
        note: input.note,
        created_by: actor.userId,
        device_id: ctx.deviceId,
        created_at: now,
      })
      .execute()
    await writeLines(trx, id, input.lines)
    return id
  }

  async function save(actor: Actor, input: ParsedInputOf<'stock:saveTransfer'>) {
    const id = await db.transaction().execute(async (trx) => {
      await usableLocation(trx, input.fromId, 'fromId')
      await usableLocation(trx, input.toId, 'toId')
      if (!input.id) {
        return createDraft(trx, actor, {
          fromId: input.fromId,
          toId: input.toId,
          note: input.note ?? null,
          lines: input.lines,
        })
      }
      const current = await lockState(trx, input.id, 'draft')
      if (current.from_location_id !== input.fromId || current.to_location_id !== input.toId) {
        throw fieldError('fromId', 'INVALID_VALUE')
      }
      await trx.deleteFrom('transfer_lines').where('transfer_id', '=', input.id).execute()
      await trx
        .updateTable('transfers')
        .set({ note: input.note ?? null })
        .where('id', '=', input.id)
        .execute()
      await writeLines(trx, input.id, input.lines)
      return input.id
    })
    return get(id)
  }

  /** Posts transfer_out at the source for every line; refuses more than is on hand there. */
  async function sendIn(trx: Transaction<Database>, actor: Actor, id: string) {
    const transfer = await lockState(trx, id, 'draft')
    await usableLocation(trx, transfer.from_location_id, 'fromId')
    await usableLocation(trx, transfer.to_location_id, 'toId')
    const lines = await trx
      .selectFrom('transfer_lines as x')
      .innerJoin('products as p', 'p.id', 'x.product_id')
      .leftJoin('stock_levels as s', (join) =>
        join
          .onRef('s.product_id', '=', 'x.product_id')
          .on('s.location_id', '=', transfer.from_location_id),
      )
      .select(['x.product_id', 'x.qty_sent', 'x.unit_cost', 'p.name', 'p.workshop_id', 's.on_hand'])
      .where('x.transfer_id', '=', id)
      .execute()
    const now = ctx.clock.now()
    for (const line of lines) {
      const available = line.on_hand ?? 0
      if (line.qty_sent > available) {
        throw new AppError('INSUFFICIENT_STOCK', {
          name: line.name,
          available,
          requested: line.qty_sent,
        })
      }
      await postMovement(trx, {
        id: ctx.ids.next(),
        productId: line.product_id,
        locationId: transfer.from_location_id,
        qty: -line.qty_sent,
        reason: 'transfer_out',
        unitCost: line.unit_cost,
        workshopId: line.workshop_id,
        refType: 'transfer',
        refId: id,
        note: transfer.transfer_no,
        userId: actor.userId,
        deviceId: ctx.deviceId,
        createdAt: now,
      })
    }
    await trx
      .updateTable('transfers')
      .set({ state: 'in_transit', sent_by: actor.userId, sent_at: now })
      .where('id', '=', id)
      .execute()
  }

  async function send(actor: Actor, id: string) {
    await db.transaction().execute((trx) => sendIn(trx, actor, id))
    return get(id)
  }

  async function cancel(_actor: Actor, id: string) {
    await db.transaction().execute(async (trx) => {
      await lockState(trx, id, 'draft')
      await trx.updateTable('transfers').set({ state: 'cancelled' }).where('id', '=', id).execute()
    })
    return get(id)
  }

  async function receiveIn(
    trx: Transaction<Database>,
    actor: Actor,
    id: string,
    counted: ReceiveLine[],
    note: string | null,
  ) {
    const transfer = await lockState(trx, id, 'in_transit')
    const destination = await usableLocation(trx, transfer.to_location_id, 'id')
    const lines = await trx
      .selectFrom('transfer_lines as x')
      .innerJoin('products as p', 'p.id', 'x.product_id')
      .select(['x.id', 'x.product_id', 'x.qty_sent', 'x.unit_cost', 'p.name', 'p.workshop_id'])
      .where('x.transfer_id', '=', id)
      .orderBy('x.line_no')
      .execute()
    const sentIds = new Set(lines.map((l) => l.product_id))
    counted.forEach((c, index) => {
      if (!sentIds.has(c.productId)) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
    })
    const byProduct = new Map(counted.map((c) => [c.productId, c]))
    const now = ctx.clock.now()
    const movement = (line: (typeof lines)[number]) => ({
      productId: line.product_id,
      locationId: destination.id,
      unitCost: line.unit_cost,
      workshopId: line.workshop_id,
      refType: 'transfer',
      refId: id,
      userId: actor.userId,
      deviceId: ctx.deviceId,
      createdAt: now,
    })
    for (const line of lines) {
      const count = byProduct.get(line.product_id) ?? { received: 0, damaged: 0 }
      if (count.received + count.damaged > line.qty_sent) {
        throw new AppError('COUNT_EXCEEDS_EXPECTED', {
          name: line.name,
          counted: count.received + count.damaged,
          expected: line.qty_sent,
        })
      }
      const missing = line.qty_sent - count.received - count.damaged
      await postMovement(trx, {
        ...movement(line),
        id: ctx.ids.next(),
        qty: line.qty_sent,
        reason: 'transfer_in',
        note: transfer.transfer_no,
      })
      if (count.damaged > 0) {
        await postMovement(trx, {
          ...movement(line),
          id: ctx.ids.next(),
          qty: -count.damaged,
          reason: 'damaged',
          note: note ?? transfer.transfer_no,
        })
      }
      if (missing > 0) {
        await postMovement(trx, {
          ...movement(line),
          id: ctx.ids.next(),
          qty: -missing,
          reason: 'count_adjustment',
          note: note ?? transfer.transfer_no,
        })
      }
      await trx
        .updateTable('transfer_lines')
        .set({ qty_received: count.received, qty_damaged: count.damaged, qty_missing: missing })
        .where('id', '=', line.id)
        .execute()
    }
    await trx
      .updateTable('transfers')
      .set({ state: 'received', received_by: actor.userId, received_at: now, receive_note: note })
      .where('id', '=', id)
      .execute()
  }

  async function receive(actor: Actor, input: ParsedInputOf<'stock:receiveTransfer'>) {
    await db
      .transaction()
      .execute((trx) => receiveIn(trx, actor, input.id, input.lines, input.note ?? null))
    return get(input.id)
  }

  return { list, get, save, send, cancel, receive, createDraft, sendIn, receiveIn }
}

export type TransfersService = ReturnType<typeof createTransfersService>
