import { randomBytes } from 'node:crypto'
import type { ApprovalGrantDto } from '../../../shared/contracts/approvals'
import type { LoginCandidate } from '../../../shared/auth/auth-dto'
import { isApprovable, minimumPinDigits, type Permission } from '../../../shared/permissions'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { grantKey, inputHash } from './input-hash'
import type { PinGuard } from './pin-guard'

/** How long a supervisor's approval waits for the call it was given for. */
export const GRANT_TTL_MS = 2 * 60_000

export interface GrantRequest {
  supervisorId: string
  pin: string
  permission: Permission
  channel: string
  input: unknown
}

/** The call a set of grants was claimed for, and how to settle them once it ran. */
export interface ClaimedGrants {
  actor: Actor
  /** Spent when the call succeeded; given back when it was refused and wrote nothing. */
  finish(succeeded: boolean): Promise<void>
}

/**
 * Single-use approvals. A supervisor's PIN (checked under the same limits as sign-in, but
 * failures count against the cashier who asked) issues a grant for ONE permission, one
 * channel, one input and the asking cashier's session, for two minutes. The protected call
 * carries only the grant; it is claimed in one transaction, so parallel replays get exactly
 * one success.
 */
export function createApprovalGrants(
  ctx: ServiceContext,
  guard: PinGuard,
  permissionsOf: (role: Actor['role']) => Promise<Set<Permission>>,
  isChannel: (name: string) => boolean,
) {
  const { db } = ctx

  async function approvers(requester: Actor, permission: Permission): Promise<LoginCandidate[]> {
    const people = await db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('active', '=', 1)
      .where('pin_hash', 'is not', null)
      .where('id', '!=', requester.userId)
      .orderBy('name')
      .execute()
    const out: LoginCandidate[] = []
    for (const person of people)
      if ((await permissionsOf(person.role)).has(permission)) out.push(person)
    return out
  }

  async function request(requester: Actor, req: GrantRequest): Promise<ApprovalGrantDto> {
    if (!requester.sessionId) throw new AppError('LOGIN_REQUIRED')
    if (!isApprovable(req.permission) || !isChannel(req.channel))
      throw new AppError('NOT_APPROVABLE')
    const supervisor = await db
      .selectFrom('users')
      .select(['id', 'name', 'role', 'active'])
      .where('id', '=', req.supervisorId)
      .executeTakeFirst()
    if (!supervisor) throw new AppError('NOT_FOUND')
    if (supervisor.active !== 1) throw new AppError('USER_INACTIVE')
    // Decided before the PIN is looked at: who may approve is no secret, the PIN is.
    const held = await permissionsOf(supervisor.role)
    if (supervisor.id === requester.userId || !held.has(req.permission))
      throw new AppError('OVERRIDE_REFUSED', { name: supervisor.name })
    const min = minimumPinDigits(held)
    if (req.pin.length < min)
      throw new AppError('APPROVER_PIN_TOO_SHORT', { name: supervisor.name, min })
    const token = randomBytes(32).toString('base64url')
    const now = ctx.clock.now()
    const expiresAt = now + GRANT_TTL_MS
    const sessionId = requester.sessionId
    await guard.check(
      { kind: 'approval', userId: supervisor.id, requester },
      req.pin,
      async (trx) => {
        await trx
          .insertInto('approval_grants')
          .values({
            id: grantKey(token),
            permission: req.permission,
            channel: req.channel,
            input_hash: inputHash(req.input),
            requester_id: requester.userId,
            session_id: sessionId,
            approver_id: supervisor.id,
            device_id: ctx.deviceId,
            created_at: now,
            expires_at: expiresAt,
            claimed_at: null,
            used_at: null,
          })
          .execute()
        await recordAudit(trx, ctx, requester, {
          action: 'approval.grant',
          approvedBy: supervisor.id,
          refType: 'approval',
          refId: grantKey(token),
          detail: { permission: req.permission, channel: req.channel, approver: supervisor.name },
        })
      },
    )
    return {
      grant: token,
      approverName: supervisor.name,
      expiresAt: new Date(expiresAt).toISOString(),
    }
  }

  async function claim(
    actor: Actor,
    channel: string,
    input: unknown,
    tokens: readonly string[],
  ): Promise<ClaimedGrants> {
    const now = ctx.clock.now()
    const hash = inputHash(input)
    const keys = tokens.map(grantKey)
    const claimed = await db.transaction().execute(async (trx) => {
      const out: Array<{ permission: string; approverId: string; approverName: string }> = []
      for (const key of keys) {
        const row = await trx
          .selectFrom('approval_grants as g')
          .innerJoin('users as u', 'u.id', 'g.approver_id')
          .select([
            'g.permission',
            'g.channel',
            'g.input_hash',
            'g.requester_id',
            'g.session_id',
            'g.expires_at',
            'g.claimed_at',
            'g.used_at',
            'g.approver_id',
            'u.name as approver_name',
          ])
          .where('g.id', '=', key)
          .executeTakeFirst()
        if (!row) throw new AppError('GRANT_INVALID')
        if (row.used_at !== null || row.claimed_at !== null) throw new AppError('GRANT_USED')
        if (row.expires_at <= now) throw new AppError('GRANT_EXPIRED')
        if (
          row.channel !== channel ||
          row.input_hash !== hash ||
          row.requester_id !== actor.userId ||
          row.session_id !== actor.sessionId
        )
          throw new AppError('GRANT_MISMATCH')
        const taken = await trx
          .updateTable('approval_grants')
          .set({ claimed_at: now })
          .where('id', '=', key)
          .where('claimed_at', 'is', null)
          .where('used_at', 'is', null)
          .executeTakeFirst()
        if (Number(taken.numUpdatedRows) !== 1) throw new AppError('GRANT_USED')
        out.push({
          permission: row.permission,
          approverId: row.approver_id,
          approverName: row.approver_name,
        })
      }
      return out
    })
    const last = claimed[claimed.length - 1]
    const widened: Actor = {
      ...actor,
      // Exactly the approved permissions, for this one call: never the approver's whole role.
      permissions: new Set([
        ...actor.permissions,
        ...claimed.map((c) => c.permission as Permission),
      ]),
      ...(last ? { approvedBy: { userId: last.approverId, name: last.approverName } } : {}),
    }
    return {
      actor: widened,
      async finish(succeeded) {
        await db
          .updateTable('approval_grants')
          .set(succeeded ? { used_at: ctx.clock.now() } : { claimed_at: null })
          .where('id', 'in', keys)
          .where('used_at', 'is', null)
          .execute()
      },
    }
  }

  return { approvers, request, claim }
}

export type ApprovalGrants = ReturnType<typeof createApprovalGrants>
