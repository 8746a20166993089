/**
 * Counting commands: sessions, scanned and typed entries, undo, confirming zeros and variance
 * reasons. Entries are append-only; an undo is a new negative entry.
 */
import type { ParsedInputOf } from '../../../shared/contract'
import type {
  CountDocumentDto,
  CountEntryResultDto,
  CountSessionDto,
} from '../../../shared/opname/opname-dto'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { productIdForCode } from '../catalogue/scan-code'
import { reviewLines } from './count-lines'
import { movementWatermark } from './count-number'
import { countDocument, countHeader, type Db } from './count-read'
import { inState } from './count-state'

export function createCountEntryCommands(ctx: ServiceContext) {
  const { db } = ctx

  async function openSession(
    actor: Actor,
    input: ParsedInputOf<'opname:openSession'>,
  ): Promise<CountSessionDto> {
    const sessionId = ctx.ids.next()
    const now = ctx.clock.now()
    await db.transaction().execute(async (trx) => {
      await inState(trx, input.countId, ['counting'])
      await trx
        .insertInto('stock_count_sessions')
        .values({
          id: sessionId,
          count_id: input.countId,
          label: input.label,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
    })
    return { id: sessionId, label: input.label, userName: actor.name, createdAt: now, units: 0 }
  }

  async function countedOf(tx: Db, countId: string, productId: string): Promise<number> {
    const row = await tx
      .selectFrom('stock_count_entries')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('qty'), eb.lit(0)).as('n'))
      .where('count_id', '=', countId)
      .where('product_id', '=', productId)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async function addEntry(
    actor: Actor,
    countId: string,
    sessionId: string,
    find: (tx: Db) => Promise<CountEntryResultDto['product'] & { inScope: boolean }>,
    kind: 'scan' | 'typed',
    qty: number,
  ): Promise<CountEntryResultDto> {
    return db.transaction().execute(async (trx) => {
      await inState(trx, countId, ['counting'])
      const session = await trx
        .selectFrom('stock_count_sessions')
        .select('count_id')
        .where('id', '=', sessionId)
        .executeTakeFirst()
      if (!session) throw fieldError('sessionId', 'INVALID_VALUE')
      if (session.count_id !== countId) throw new AppError('SESSION_MISMATCH')
      const { inScope, ...product } = await find(trx)
      if (!inScope) throw new AppError('OUT_OF_SCOPE', { name: product.name })
      const counted = (await countedOf(trx, countId, product.id)) + qty
      if (counted < 0) throw new AppError('COUNT_BELOW_ZERO', { name: product.name })
      const entryId = ctx.ids.next()
      await trx
        .insertInto('stock_count_entries')
        .values({
          id: entryId,
          count_id: countId,
          session_id: sessionId,
          product_id: product.id,
          kind,
          qty,
          undoes_entry_id: null,
          movement_watermark: await movementWatermark(trx),
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
      return { entryId, kind, qty, product, counted }
    })
  }

  /** The product as the counter sees it, and whether this count's scope covers it. */
  async function productFor(tx: Db, countId: string, where: { id?: string; barcode?: string }) {
    const count = await countHeader(tx, countId)
    const q = tx
      .selectFrom('products')
      .select(['id', 'name', 'sku', 'barcode', 'unit', 'category_id', 'workshop_id'])
    // A scanned code follows the till's rule: barcode, then SKU.
    const id = where.id ?? (await productIdForCode(tx, where.barcode ?? ''))
    const p = id ? await q.where('id', '=', id).executeTakeFirst() : undefined
    if (!p) {
      if (where.barcode) throw new AppError('UNKNOWN_BARCODE', { barcode: where.barcode })
      throw fieldError('productId', 'INVALID_VALUE')
    }
    const inScope =
      count.scope_kind === 'all' ||
      (count.scope_kind === 'category' && p.category_id === count.scope_id) ||
      (count.scope_kind === 'workshop' && p.workshop_id === count.scope_id)
    return { id: p.id, name: p.name, sku: p.sku, barcode: p.barcode, unit: p.unit, inScope }
  }

  const scan = (actor: Actor, input: ParsedInputOf<'opname:scan'>) =>
    addEntry(
      actor,
      input.countId,
      input.sessionId,
      (tx) => productFor(tx, input.countId, { barcode: input.barcode.trim() }),
      'scan',
      1,
    )

  const countTyped = (actor: Actor, input: ParsedInputOf<'opname:count'>) =>
    addEntry(
      actor,
      input.countId,
      input.sessionId,
      (tx) => productFor(tx, input.countId, { id: input.productId }),
      'typed',
      input.qty,
    )

  async function undo(
    actor: Actor,
    input: ParsedInputOf<'opname:undo'>,
  ): Promise<CountEntryResultDto> {
    return db.transaction().execute(async (trx) => {
      await inState(trx, input.countId, ['counting'])
      const entry = await trx
        .selectFrom('stock_count_entries as e')
        .innerJoin('products as p', 'p.id', 'e.product_id')
        .select([
          'e.id',
          'e.kind',
          'e.qty',
          'e.session_id',
          'p.id as productId',
          'p.name',
          'p.sku',
          'p.barcode',
          'p.unit',
        ])
        .where('e.id', '=', input.entryId)
        .where('e.count_id', '=', input.countId)
        .executeTakeFirst()
      if (!entry || (entry.kind !== 'scan' && entry.kind !== 'typed')) {
        throw fieldError('entryId', 'INVALID_VALUE')
      }
      const undone = await trx
        .selectFrom('stock_count_entries')
        .select('id')
        .where('undoes_entry_id', '=', entry.id)
        .executeTakeFirst()
      if (undone) throw new AppError('ALREADY_UNDONE')
      const counted = (await countedOf(trx, input.countId, entry.productId)) - entry.qty
      if (counted < 0) throw new AppError('COUNT_BELOW_ZERO', { name: entry.name })
      const entryId = ctx.ids.next()
      await trx
        .insertInto('stock_count_entries')
        .values({
          id: entryId,
          count_id: input.countId,
          session_id: entry.session_id,
          product_id: entry.productId,
          kind: 'undo',
          qty: -entry.qty,
          undoes_entry_id: entry.id,
          movement_watermark: await movementWatermark(trx),
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
      return {
        entryId,
        kind: 'undo' as const,
        qty: -entry.qty,
        product: {
          id: entry.productId,
          name: entry.name,
          sku: entry.sku,
          barcode: entry.barcode,
          unit: entry.unit,
        },
        counted,
      }
    })
  }

  async function confirmZero(
    actor: Actor,
    input: ParsedInputOf<'opname:confirmZero'>,
  ): Promise<CountDocumentDto> {
    await db.transaction().execute(async (trx) => {
      const { count } = await inState(trx, input.countId, ['review'])
      const uncounted = (await reviewLines(trx, count)).filter((l) => l.counted === null)
      const wanted = input.productIds === 'all-uncounted' ? null : new Set<string>(input.productIds)
      const chosen = uncounted.filter((l) => wanted === null || wanted.has(l.productId))
      if (wanted && chosen.length !== wanted.size) throw fieldError('productIds', 'INVALID_VALUE')
      const watermark = await movementWatermark(trx)
      const now = ctx.clock.now()
      for (const line of chosen) {
        await trx
          .insertInto('stock_count_entries')
          .values({
            id: ctx.ids.next(),
            count_id: input.countId,
            session_id: null,
            product_id: line.productId,
            kind: 'zero',
            qty: 0,
            undoes_entry_id: null,
            movement_watermark: watermark,
            user_id: actor.userId,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
      }
    })
    return countDocument(db, actor, input.countId)
  }

  async function setReason(
    actor: Actor,
    input: ParsedInputOf<'opname:setReason'>,
  ): Promise<CountDocumentDto> {
    await db.transaction().execute(async (trx) => {
      const { count } = await inState(trx, input.countId, ['review'])
      const lines = await reviewLines(trx, count)
      if (!lines.some((l) => l.productId === input.productId)) {
        throw fieldError('productId', 'INVALID_VALUE')
      }
      await trx
        .insertInto('stock_count_reasons')
        .values({
          id: ctx.ids.next(),
          count_id: input.countId,
          product_id: input.productId,
          reason: input.reason,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
    })
    return countDocument(db, actor, input.countId)
  }

  return { openSession, scan, count: countTyped, undo, confirmZero, setReason }
}
