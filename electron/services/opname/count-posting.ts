/**
 * Posting and cancelling a count. Posting turns every variance into a count_adjustment movement
 * and locks the document in one transaction; both are audited.
 */
import type { ParsedInputOf } from '../../../shared/contract'
import type { CountDocumentDto, CountSummaryDto } from '../../../shared/opname/opname-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { postMovement } from '../stock/stock-ledger'
import { reviewLines, totalsOf, type ComputedLine } from './count-lines'
import { countDocument, countSummary } from './count-read'
import { addEvent, inState } from './count-state'

export function createCountPosting(ctx: ServiceContext) {
  const { db } = ctx

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
      await addEvent(ctx, trx, actor, id, seq, 'posted')
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
    return countDocument(db, actor, id)
  }

  async function cancel(
    actor: Actor,
    input: ParsedInputOf<'opname:cancel'>,
  ): Promise<CountSummaryDto> {
    await db.transaction().execute(async (trx) => {
      const { count, seq } = await inState(trx, input.id, ['draft', 'counting', 'review'])
      await addEvent(ctx, trx, actor, input.id, seq, 'cancelled', { reason: input.reason })
      await recordAudit(trx, ctx, actor, {
        action: 'stock.count.cancel',
        reason: input.reason,
        refType: 'stock_count',
        refId: input.id,
        detail: { countNo: count.count_no },
      })
    })
    return countSummary(db, input.id)
  }

  return { post, cancel }
}
