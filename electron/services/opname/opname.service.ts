import { sql, type Kysely } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type {
  CountDocumentDto,
  CountEntryResultDto,
  CountOptionsDto,
  CountSessionDto,
  CountState,
  CountSummaryDto,
} from '../../../shared/opname/opname-dto'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { Locale } from '../../../shared/locale'
import type { Database } from '../../db/schema'
import { renderA4ReportPdf } from '../../documents/lazy-documents'
import { recordAudit } from '../audit'
import type { Actor, ServiceContext } from '../context'
import { AppError, fieldError } from '../errors'
import { productIdForCode } from '../scan-code'
import type { SettingsService } from '../settings.service'
import { postMovement } from '../stock-ledger'
import { beritaAcaraDocument } from './berita-acara'
import { blindLines, reviewLines, totalsOf, withoutCost, type ComputedLine } from './count-lines'
import { movementWatermark, nextCountNo } from './count-number'

type Db = Kysely<Database>

function summaryQuery(db: Db) {
  return db
    .selectFrom('stock_counts as c')
    .innerJoin('locations as l', 'l.id', 'c.location_id')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select((eb) => [
      'c.id',
      'c.count_no as countNo',
      'c.location_id as locationId',
      'l.name as locationName',
      'c.scope_kind',
      'c.scope_id',
      'c.scope_name',
      'c.pic_name',
      'c.witness_name',
      'c.head_name',
      'c.note',
      'c.created_at as createdAt',
      'u.name as createdBy',
      eb
        .selectFrom('stock_count_events as e')
        .select('e.state')
        .whereRef('e.count_id', '=', 'c.id')
        .orderBy('e.seq', 'desc')
        .limit(1)
        .as('state'),
      eb
        .selectFrom('stock_count_events as e')
        .select('e.created_at')
        .whereRef('e.count_id', '=', 'c.id')
        .orderBy('e.seq', 'desc')
        .limit(1)
        .as('stateAt'),
    ])
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>

const toSummary = (r: SummaryRow): CountSummaryDto => ({
  id: r.id,
  countNo: r.countNo,
  state: r.state ?? 'draft',
  locationId: r.locationId,
  locationName: r.locationName,
  scope: { kind: r.scope_kind, id: r.scope_id, name: r.scope_name },
  personInCharge: r.pic_name,
  witness: r.witness_name,
  headOfShowroom: r.head_name,
  note: r.note,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
  updatedAt: r.stateAt ?? r.createdAt,
})

export function createOpnameService(ctx: ServiceContext, settings: SettingsService) {
  const { db } = ctx

  async function header(tx: Db, id: string) {
    const row = await tx
      .selectFrom('stock_counts')
      .select(['id', 'count_no', 'location_id', 'scope_kind', 'scope_id'])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    return row
  }

  async function stateOf(tx: Db, countId: string): Promise<{ state: CountState; seq: number }> {
    const row = await tx
      .selectFrom('stock_count_events')
      .select(['state', 'seq'])
      .where('count_id', '=', countId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row ? { state: row.state, seq: row.seq } : { state: 'draft', seq: 0 }
  }

  /** The count in one of the given states, or a clear refusal naming the document. */
  async function inState(tx: Db, countId: string, allowed: CountState[]) {
    const count = await header(tx, countId)
    const current = await stateOf(tx, countId)
    if (!allowed.includes(current.state)) {
      throw new AppError('COUNT_STATE', { countNo: count.count_no })
    }
    return { count, ...current }
  }

  async function addEvent(
    tx: Db,
    actor: Actor,
    countId: string,
    seq: number,
    state: 'counting' | 'review' | 'posted' | 'cancelled',
    extra: { watermark?: number; reason?: string } = {},
  ) {
    await tx
      .insertInto('stock_count_events')
      .values({
        id: ctx.ids.next(),
        count_id: countId,
        seq: seq + 1,
        state,
        movement_watermark: extra.watermark ?? null,
        reason: extra.reason ?? null,
        user_id: actor.userId,
        approved_by: actor.approvedBy?.userId ?? null,
        device_id: ctx.deviceId,
        created_at: ctx.clock.now(),
      })
      .execute()
  }

  async function summary(tx: Db, id: string): Promise<CountSummaryDto> {
    const row = await summaryQuery(tx).where('c.id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    return toSummary(row)
  }

  async function options(): Promise<CountOptionsDto> {
    const [locations, categories, workshops, people] = await Promise.all([
      db
        .selectFrom('locations')
        .select(['id', 'name', 'kind'])
        .where('active', '=', 1)
        .orderBy('created_at')
        .execute(),
      db.selectFrom('categories').select(['id', 'name']).orderBy('name').execute(),
      db
        .selectFrom('workshops')
        .select(['id', 'name'])
        .where('active', '=', 1)
        .orderBy('name')
        .execute(),
      db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('active', '=', 1)
        .orderBy('name')
        .execute(),
    ])
    return { locations, categories, workshops, people }
  }

  async function list(input: ParsedInputOf<'opname:list'>): Promise<CountSummaryDto[]> {
    const rows = await summaryQuery(db)
      .orderBy('c.created_at', 'desc')
      .orderBy('c.seq', 'desc')
      .limit(input.state ? 5000 : input.limit)
      .execute()
    const all = rows.map(toSummary)
    return input.state ? all.filter((c) => c.state === input.state).slice(0, input.limit) : all
  }

  async function document(tx: Db, actor: Actor, id: string): Promise<CountDocumentDto> {
    const base = await summary(tx, id)
    const count = await header(tx, id)
    const canSeeCost = actor.permissions.has('cost.view')
    const [events, sessions] = await Promise.all([
      tx
        .selectFrom('stock_count_events as e')
        .innerJoin('users as u', 'u.id', 'e.user_id')
        .leftJoin('users as a', 'a.id', 'e.approved_by')
        .select([
          'e.state',
          'e.created_at as at',
          'u.name as by',
          'a.name as approvedBy',
          'e.reason',
        ])
        .where('e.count_id', '=', id)
        .orderBy('e.seq')
        .execute(),
      tx
        .selectFrom('stock_count_sessions as s')
        .innerJoin('users as u', 'u.id', 's.user_id')
        .select((eb) => [
          's.id',
          's.label',
          'u.name as userName',
          's.created_at as createdAt',
          eb
            .selectFrom('stock_count_entries as e')
            .select((x) => x.fn.coalesce(x.fn.sum<number>('e.qty'), x.lit(0)).as('n'))
            .whereRef('e.session_id', '=', 's.id')
            .as('units'),
        ])
        .where('s.count_id', '=', id)
        .orderBy('s.created_at')
        .execute(),
    ])
    const blind = base.state === 'draft' || base.state === 'counting'
    let lines: CountDocumentDto['lines'] = []
    let totals: CountDocumentDto['totals'] = null
    if (blind) {
      lines = base.state === 'draft' ? [] : await blindLines(tx, id)
    } else {
      const computed = await reviewLines(tx, count)
      lines = canSeeCost ? computed : computed.map(withoutCost)
      totals = totalsOf(computed, canSeeCost)
    }
    return {
      ...base,
      events,
      sessions: sessions.map((s) => ({ ...s, units: Number(s.units ?? 0) })),
      lines,
      totals,
      canSeeCost,
    }
  }

  async function get(actor: Actor, id: string) {
    return document(db, actor, id)
  }

  async function resolvePerson(tx: Db, person: { userId?: string | null; name: string }) {
    if (!person.userId) return { userId: null, name: person.name }
    const user = await tx
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', '=', person.userId)
      .executeTakeFirst()
    if (!user) return null
    return { userId: user.id, name: user.name }
  }

  async function create(
    actor: Actor,
    input: ParsedInputOf<'opname:create'>,
  ): Promise<CountSummaryDto> {
    const location = await db
      .selectFrom('locations')
      .select(['id', 'active'])
      .where('id', '=', input.locationId)
      .executeTakeFirst()
    if (!location || location.active !== 1) throw fieldError('locationId', 'INVALID_VALUE')
    let scopeName: string | null = null
    if (input.scope.kind !== 'all') {
      const table = input.scope.kind === 'category' ? 'categories' : 'workshops'
      const found = await db
        .selectFrom(table)
        .select('name')
        .where('id', '=', input.scope.id)
        .executeTakeFirst()
      if (!found) throw fieldError('scope.id', 'INVALID_VALUE')
      scopeName = found.name
    }
    const pic = await resolvePerson(db, input.personInCharge)
    if (!pic) throw fieldError('personInCharge', 'INVALID_VALUE')
    const witness = await resolvePerson(db, input.witness)
    if (!witness) throw fieldError('witness', 'INVALID_VALUE')
    const id = ctx.ids.next()
    const now = ctx.clock.now()
    await db.transaction().execute(async (trx) => {
      const { seq, countNo } = await nextCountNo(trx, ctx.deviceId, now)
      await trx
        .insertInto('stock_counts')
        .values({
          id,
          count_no: countNo,
          seq,
          location_id: input.locationId,
          scope_kind: input.scope.kind,
          scope_id: input.scope.kind === 'all' ? null : input.scope.id,
          scope_name: scopeName,
          pic_user_id: pic.userId,
          pic_name: pic.name,
          witness_user_id: witness.userId,
          witness_name: witness.name,
          head_name: input.headOfShowroom ?? null,
          note: input.note ?? null,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
    })
    return summary(db, id)
  }

  /** draft → counting: the snapshot and its watermark are taken in one transaction. */
  async function start(actor: Actor, id: string): Promise<CountDocumentDto> {
    await db.transaction().execute(async (trx) => {
      const { count, seq } = await inState(trx, id, ['draft'])
      const busy = await summaryQuery(trx)
        .where('c.location_id', '=', count.location_id)
        .where('c.id', '!=', id)
        .execute()
      const running = busy.map(toSummary).find((c) => ['counting', 'review'].includes(c.state))
      if (running) throw new AppError('COUNT_IN_PROGRESS', { countNo: running.countNo })
      const watermark = await movementWatermark(trx)
      // Products in scope with stock here; a product missing from the snapshot had none.
      await sql`
        insert into stock_count_snapshot (count_id, product_id, on_hand, unit_cost)
        select ${id}, p.id, l.on_hand, p.cost
        from stock_levels l join products p on p.id = l.product_id
        where l.location_id = ${count.location_id} and l.on_hand <> 0
          and (${count.scope_kind} = 'all'
               or (${count.scope_kind} = 'category' and p.category_id = ${count.scope_id})
               or (${count.scope_kind} = 'workshop' and p.workshop_id = ${count.scope_id}))
      `.execute(trx)
      await addEvent(trx, actor, id, seq, 'counting', { watermark })
    })
    return document(db, actor, id)
  }

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
    const count = await header(tx, countId)
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

  async function transition(
    actor: Actor,
    id: string,
    from: CountState[],
    to: 'counting' | 'review',
  ): Promise<CountDocumentDto> {
    await db.transaction().execute(async (trx) => {
      const { seq } = await inState(trx, id, from)
      await addEvent(trx, actor, id, seq, to)
    })
    return document(db, actor, id)
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
    return document(db, actor, input.countId)
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
    return document(db, actor, input.countId)
  }

  /**
   * review → posted, in one transaction: every variance becomes a count_adjustment movement
   * (added to the ledger as it is now — see count-lines.ts), the document is locked by its
   * 'posted' event and the posting is audited.
   */
  async function post(actor: Actor, id: string): Promise<CountDocumentDto> {
    await db.transaction().execute(async (trx) => {
      const { count, seq } = await inState(trx, id, ['review'])
      const lines = await reviewLines(trx, count)
      const uncounted = lines.filter((l) => l.counted === null)
      if (uncounted.length > 0) throw new AppError('UNCOUNTED_ITEMS', { count: uncounted.length })
      const unexplained = lines.find((l) => l.reasonRequired && !l.reason)
      if (unexplained) throw new AppError('VARIANCE_REASON_REQUIRED', { name: unexplained.name })
      const now = ctx.clock.now()
      const adjusted: ComputedLine[] = lines.filter((l) => (l.variance ?? 0) !== 0)
      for (const line of adjusted) {
        const note = line.reason ? `${count.count_no}: ${line.reason}` : count.count_no
        await postMovement(trx, {
          id: ctx.ids.next(),
          productId: line.productId,
          locationId: count.location_id,
          qty: line.variance ?? 0,
          reason: 'count_adjustment',
          unitCost: line.unitCost,
          refType: 'stock_count',
          refId: id,
          note: note.slice(0, 200),
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        })
      }
      await addEvent(trx, actor, id, seq, 'posted')
      const totals = totalsOf(lines, true)
      await recordAudit(trx, ctx, actor, {
        action: 'stock.count.post',
        refType: 'stock_count',
        refId: id,
        detail: {
          countNo: count.count_no,
          locationId: count.location_id,
          lines: totals.lines,
          adjusted: adjusted.length,
          shortageUnits: totals.shortageUnits,
          surplusUnits: totals.surplusUnits,
          netValue: totals.netValue,
        },
      })
    })
    return document(db, actor, id)
  }

  async function cancel(
    actor: Actor,
    input: ParsedInputOf<'opname:cancel'>,
  ): Promise<CountSummaryDto> {
    await db.transaction().execute(async (trx) => {
      const { count, seq } = await inState(trx, input.id, ['draft', 'counting', 'review'])
      await addEvent(trx, actor, input.id, seq, 'cancelled', { reason: input.reason })
      await recordAudit(trx, ctx, actor, {
        action: 'stock.count.cancel',
        reason: input.reason,
        refType: 'stock_count',
        refId: input.id,
        detail: { countNo: count.count_no },
      })
    })
    return summary(db, input.id)
  }

  /** Berita Acara Stock Opname: A4 PDF with the count table and three signature lines. */
  async function beritaAcara(actor: Actor, locale: Locale, id: string): Promise<FilePayload> {
    const doc = await document(db, actor, id)
    if (doc.state === 'draft' || doc.state === 'counting') {
      throw new AppError('COUNT_STATE', { countNo: doc.countNo })
    }
    const store = {
      name: (await settings.get('store.name')) ?? 'Etalase',
      address: (await settings.get('store.address')) ?? [],
    }
    const bytes = await renderA4ReportPdf(
      beritaAcaraDocument({
        doc,
        locale,
        store,
        printedBy: actor.name,
        printedAt: ctx.clock.now(),
      }),
    )
    return {
      filename: `berita-acara-${doc.countNo}.pdf`,
      mime: fileMimes.pdf,
      base64: Buffer.from(bytes).toString('base64'),
    }
  }

  return {
    options,
    beritaAcara,
    list,
    get,
    create,
    start,
    openSession,
    scan,
    count: countTyped,
    undo,
    review: (actor: Actor, id: string) => transition(actor, id, ['counting'], 'review'),
    reopen: (actor: Actor, id: string) => transition(actor, id, ['review'], 'counting'),
    confirmZero,
    setReason,
    post,
    cancel,
    /** For the Berita Acara: the document as the given person may see it. */
    document: (actor: Actor, id: string) => document(db, actor, id),
  }
}

export type OpnameService = ReturnType<typeof createOpnameService>
