import { sql } from 'kysely'
import type { LoadedChainKey } from '../../core/chain-key-store'
import { formatRecoveryCode } from '../../core/chain-key-text'
import { chainKeyId, formatAnchor } from '../../db/ledger-chain'
import type { EvidenceStatusDto, RecoveryCodeDto } from '../../../shared/evidence/evidence-dto'
import type { Permission } from '../../../shared/permissions'
import { recordAudit } from '../audit'
import type { Actor, ServiceContext } from '../context'
import { AppError } from '../errors'
import { currentAnchor } from './chain-anchor'

export const RECOVERY_SHOWN_ACTION = 'evidence.recoveryCode'

/** Checks an admin's own PIN (with the lockout of auth); throws WRONG_PIN / LOCKED_OUT. */
export type CheckOwnPin = (
  actor: Actor,
  userId: string,
  pin: string,
  needed: Permission,
) => Promise<unknown>

/**
 * The till's tamper evidence as people see it: the anchor to write down, and the chain key's
 * recovery code for the admin's safe. The code is shown once freely (at setup); after that
 * only to an admin who types their own PIN, and every showing is in the audit trail.
 */
export function createEvidenceService(
  ctx: ServiceContext,
  key: LoadedChainKey,
  checkPin: CheckOwnPin,
) {
  const { db } = ctx

  async function shownBefore(): Promise<boolean> {
    const row = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', RECOVERY_SHOWN_ACTION)
      .limit(1)
      .executeTakeFirst()
    return row !== undefined
  }

  async function status(): Promise<EvidenceStatusDto> {
    const anchor = await currentAnchor(db)
    const { rows } = await sql<{ n: number }>`select count(*) as n from ledger_chain`.execute(db)
    return {
      anchor: anchor ? formatAnchor(anchor) : null,
      links: rows[0]?.n ?? 0,
      keyStore: key.kind,
      keyId: chainKeyId(key.key),
      recoveryShown: await shownBefore(),
    }
  }

  async function recoveryCode(actor: Actor, pin: string | null): Promise<RecoveryCodeDto> {
    if (actor.role !== 'admin') throw new AppError('FORBIDDEN')
    if (pin !== null) await checkPin(actor, actor.userId, pin, 'settings.manage')
    // Check and record in one transaction: of parallel PIN-less calls only one is the first.
    await db.transaction().execute(async (trx) => {
      const shown = await trx
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', RECOVERY_SHOWN_ACTION)
        .limit(1)
        .executeTakeFirst()
      if (shown && pin === null) throw new AppError('RECOVERY_PIN_REQUIRED')
      await recordAudit(trx, ctx, actor, {
        action: RECOVERY_SHOWN_ACTION,
        detail: { keyId: chainKeyId(key.key), withPin: pin !== null },
      })
    })
    return { code: formatRecoveryCode(key.key) }
  }

  return { status, recoveryCode }
}

export type EvidenceService = ReturnType<typeof createEvidenceService>
