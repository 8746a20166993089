import { sql } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { CountDocumentDto, CountSummaryDto } from '../../../shared/opname/opname-dto'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import type { SettingsService } from '../settings/settings.service'
import { createBeritaAcaraFile } from './berita-acara-file'
import { createCountEntryCommands } from './count-entries'
import { movementWatermark, nextCountNo } from './count-number'
import { createCountPosting } from './count-posting'
import {
  countDocument,
  countOptions,
  countSummary,
  listCounts,
  summaryQuery,
  toSummary,
  type Db,
} from './count-read'
import { addEvent, inState, transition } from './count-state'

/**
 * The stock count (opname) service: creating and starting a count here; reads in count-read.ts,
 * the state machine in count-state.ts, counting in count-entries.ts, posting in count-posting.ts
 * and the Berita Acara file in berita-acara-file.ts.
 */
export function createOpnameService(ctx: ServiceContext, settings: SettingsService) {
  const { db } = ctx

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
    return countSummary(db, id)
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
      await addEvent(ctx, trx, actor, id, seq, 'counting', { watermark })
    })
    return countDocument(db, actor, id)
  }

  return {
    options: () => countOptions(db),
    beritaAcara: createBeritaAcaraFile(ctx, settings),
    list: (input: ParsedInputOf<'opname:list'>) => listCounts(db, input),
    get: (actor: Actor, id: string) => countDocument(db, actor, id),
    create,
    start,
    ...createCountEntryCommands(ctx),
    review: (actor: Actor, id: string) => transition(ctx, actor, id, ['counting'], 'review'),
    reopen: (actor: Actor, id: string) => transition(ctx, actor, id, ['review'], 'counting'),
    ...createCountPosting(ctx),
    /** For the Berita Acara: the document as the given person may see it. */
    document: (actor: Actor, id: string) => countDocument(db, actor, id),
  }
}

export type OpnameService = ReturnType<typeof createOpnameService>
