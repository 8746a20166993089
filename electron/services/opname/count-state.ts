/**
 * The stock count's state machine: draft → counting ⇄ review → posted, or cancelled. The state is
 * the latest append-only event; every command checks it inside its own transaction.
 */
import type { CountDocumentDto, CountState } from '../../../shared/opname/opname-dto'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { countDocument, countHeader, countState, type Db } from './count-read'

/** The count in one of the given states, or a clear refusal naming the document. */
export async function inState(tx: Db, countId: string, allowed: CountState[]) {
  const count = await countHeader(tx, countId)
  const current = await countState(tx, countId)
  if (!allowed.includes(current.state)) {
    throw new AppError('COUNT_STATE', { countNo: count.count_no })
  }
  return { count, ...current }
}

export async function addEvent(
  ctx: ServiceContext,
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

/** A plain move between counting and review, recorded as an event. */
export async function transition(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  from: CountState[],
  to: 'counting' | 'review',
): Promise<CountDocumentDto> {
  await ctx.db.transaction().execute(async (trx) => {
    const { seq } = await inState(trx, id, from)
    await addEvent(ctx, trx, actor, id, seq, to)
  })
  return countDocument(ctx.db, actor, id)
}
