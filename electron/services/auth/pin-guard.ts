import type { Selectable, Transaction } from 'kysely'
import type { Database, UsersTable } from '../../db/schema'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { createKeyedMutex } from './keyed-mutex'
import { verifyPin } from './pin-hash'

export const MAX_WRONG_PINS = 5
export const LOCKOUT_MS = 5 * 60_000
/** Wrong (or still unchecked) PINs the whole till accepts per window, over all people. */
export const TILL_ATTEMPT_BUDGET = 20
export const TILL_BUDGET_WINDOW_MS = 60_000

type UserRow = Selectable<UsersTable>

/** Whose PIN is tried, and for what: signing in, or approving another person's call. */
export type PinAttempt =
  { kind: 'login'; userId: string } | { kind: 'approval'; userId: string; requester: Actor }

interface Reserved {
  user: UserRow
  attemptId: number
  /** The failure count this attempt would make if the PIN is wrong. */
  failed: number
}

const minutesLeft = (until: number, now: number) => Math.max(1, Math.ceil((until - now) / 60_000))

/** The actor an audit row names when no one is signed in (a failed sign-in names its user). */
const auditActor = (user: Pick<UserRow, 'id' | 'name' | 'role'>): Actor => ({
  userId: user.id,
  name: user.name,
  role: user.role,
  permissions: new Set(),
})

/**
 * Every PIN check on this till: sign-in and supervisor approval. The attempt is reserved in
 * one transaction BEFORE the slow hash runs (refused while locked out, counted as failed
 * until proven right), one verification per person at a time, and a till-wide budget of
 * wrong attempts per minute over everyone, so neither parallel calls nor a sweep across
 * users gets more guesses than the limits say.
 */
export function createPinGuard(ctx: ServiceContext) {
  const { db } = ctx
  const exclusive = createKeyedMutex()
  // The throttle is audited once per window, not once per refused call.
  let throttleAuditedAt = -Infinity

  /** Refuses when the till's budget is spent; returns the refusal instead of throwing so the
   *  caller can commit its audit row. */
  async function tillBudget(trx: Transaction<Database>, now: number): Promise<AppError | null> {
    await trx
      .deleteFrom('pin_attempts')
      .where('at', '<=', now - 10 * TILL_BUDGET_WINDOW_MS)
      .execute()
    const row = await trx
      .selectFrom('pin_attempts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min<number>('at').as('oldest')])
      .where('at', '>', now - TILL_BUDGET_WINDOW_MS)
      .executeTakeFirstOrThrow()
    if (Number(row.n) < TILL_ATTEMPT_BUDGET) return null
    const seconds = Math.max(
      1,
      Math.ceil((Number(row.oldest) + TILL_BUDGET_WINDOW_MS - now) / 1000),
    )
    return new AppError('TOO_MANY_ATTEMPTS', { seconds })
  }

  async function reserve(attempt: PinAttempt): Promise<Reserved> {
    const now = ctx.clock.now()
    const outcome = await db.transaction().execute(async (trx) => {
      const user = await trx
        .selectFrom('users')
        .selectAll()
        .where('id', '=', attempt.userId)
        .executeTakeFirst()
      if (!user) throw new AppError('NOT_FOUND')
      if (user.active !== 1) throw new AppError('USER_INACTIVE')
      let failed: number
      if (attempt.kind === 'login') {
        if (user.locked_until && user.locked_until > now)
          throw new AppError('LOCKED_OUT', { minutes: minutesLeft(user.locked_until, now) })
        // Another attempt already holds the last try: refuse rather than go over the limit.
        if (user.failed_pins >= MAX_WRONG_PINS)
          throw new AppError('LOCKED_OUT', { minutes: LOCKOUT_MS / 60_000 })
        failed = user.failed_pins + 1
      } else {
        const limit = await trx
          .selectFrom('approval_limits')
          .selectAll()
          .where('requester_id', '=', attempt.requester.userId)
          .executeTakeFirst()
        if (limit?.locked_until && limit.locked_until > now)
          throw new AppError('APPROVAL_LOCKED_OUT', {
            minutes: minutesLeft(limit.locked_until, now),
          })
        if ((limit?.failed ?? 0) >= MAX_WRONG_PINS)
          throw new AppError('APPROVAL_LOCKED_OUT', { minutes: LOCKOUT_MS / 60_000 })
        failed = (limit?.failed ?? 0) + 1
      }
      const spent = await tillBudget(trx, now)
      if (spent) {
        if (now - throttleAuditedAt >= TILL_BUDGET_WINDOW_MS) {
          throttleAuditedAt = now
          const who = attempt.kind === 'login' ? auditActor(user) : attempt.requester
          await recordAudit(trx, ctx, who, {
            action: 'auth.throttled',
            detail: { budget: TILL_ATTEMPT_BUDGET, seconds: TILL_BUDGET_WINDOW_MS / 1000 },
          })
        }
        return { refused: spent } as const
      }
      if (attempt.kind === 'login') {
        await trx
          .updateTable('users')
          .set({ failed_pins: failed })
          .where('id', '=', user.id)
          .execute()
      } else {
        await trx
          .insertInto('approval_limits')
          .values({ requester_id: attempt.requester.userId, failed, locked_until: null })
          .onConflict((oc) => oc.column('requester_id').doUpdateSet({ failed }))
          .execute()
      }
      const inserted = await trx
        .insertInto('pin_attempts')
        .values({
          kind: attempt.kind,
          user_id: user.id,
          requester_id: attempt.kind === 'approval' ? attempt.requester.userId : null,
          at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      return { reserved: { user, attemptId: inserted.id, failed } } as const
    })
    if ('refused' in outcome) throw outcome.refused
    return outcome.reserved
  }

  async function settleWrong(attempt: PinAttempt, reserved: Reserved): Promise<never> {
    const now = ctx.clock.now()
    const lock = reserved.failed >= MAX_WRONG_PINS
    const minutes = LOCKOUT_MS / 60_000
    await db.transaction().execute(async (trx) => {
      if (attempt.kind === 'login') {
        if (lock)
          await trx
            .updateTable('users')
            .set({ failed_pins: 0, locked_until: now + LOCKOUT_MS })
            .where('id', '=', reserved.user.id)
            .execute()
        const who = auditActor(reserved.user)
        await recordAudit(trx, ctx, who, {
          action: 'auth.failedPin',
          detail: { purpose: 'login', attempt: reserved.failed },
        })
        if (lock) await recordAudit(trx, ctx, who, { action: 'auth.lockout', detail: { minutes } })
      } else {
        if (lock)
          await trx
            .updateTable('approval_limits')
            .set({ failed: 0, locked_until: now + LOCKOUT_MS })
            .where('requester_id', '=', attempt.requester.userId)
            .execute()
        const approver = { approverId: reserved.user.id, approverName: reserved.user.name }
        await recordAudit(trx, ctx, attempt.requester, {
          action: 'approval.failedPin',
          detail: { ...approver, attempt: reserved.failed },
        })
        if (lock)
          await recordAudit(trx, ctx, attempt.requester, {
            action: 'approval.lockout',
            detail: { ...approver, minutes },
          })
      }
    })
    if (lock)
      throw new AppError(attempt.kind === 'login' ? 'LOCKED_OUT' : 'APPROVAL_LOCKED_OUT', {
        minutes,
      })
    throw new AppError('WRONG_PIN', { remaining: MAX_WRONG_PINS - reserved.failed })
  }

  /**
   * Checks a PIN under every limit. When right, the counters are cleared and `onRight` runs in
   * the same transaction (the sign-in audit, the approval grant); when wrong, the failure is
   * recorded (and the lockout, once) and a translated error is thrown.
   */
  async function check<T>(
    attempt: PinAttempt,
    pin: string,
    onRight: (trx: Transaction<Database>, user: UserRow) => Promise<T>,
  ): Promise<T> {
    return exclusive(attempt.userId, async () => {
      const reserved = await reserve(attempt)
      const right =
        reserved.user.pin_hash !== null && (await verifyPin(pin, reserved.user.pin_hash))
      if (!right) return settleWrong(attempt, reserved)
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('pin_attempts').where('id', '=', reserved.attemptId).execute()
        if (attempt.kind === 'login') {
          await trx
            .updateTable('users')
            .set({ failed_pins: 0, locked_until: null })
            .where('id', '=', reserved.user.id)
            .execute()
        } else {
          await trx
            .updateTable('approval_limits')
            .set({ failed: 0, locked_until: null })
            .where('requester_id', '=', attempt.requester.userId)
            .execute()
        }
        return onRight(trx, reserved.user)
      })
    })
  }

  return { check }
}

export type PinGuard = ReturnType<typeof createPinGuard>
