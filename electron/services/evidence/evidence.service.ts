import { sql } from 'kysely'
import type { LoadedChainKey } from '../../core/chain-key-store'
import { formatRecoveryCode, parseChainKeyText } from '../../core/chain-key-text'
import { chainKeyId, chainMac, formatAnchor, type ChainKey } from '../../db/ledger-chain'
import type {
  EvidenceStatusDto,
  KeyRestoreDto,
  RecoveryCodeDto,
} from '../../../shared/evidence/evidence-dto'
import type { Permission } from '../../../shared/permissions'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import type { FilePayload } from '../../../shared/documents/file-payload'
import type { Locale } from '../../../shared/locale'
import { readDeviceCode } from '../core/device-code'
import { currentAnchor } from './chain-anchor'
import { recoverySheetFile } from './recovery-sheet-file'

export const RECOVERY_SHOWN_ACTION = 'evidence.recoveryCode'
export const KEY_RESTORED_ACTION = 'evidence.keyRestored'
export const KEY_RESTORE_REFUSED_ACTION = 'evidence.keyRestoreRefused'

/**
 * Makes a restored key the one in use: written back to its store (the key it replaces is kept
 * beside it) and given to the connection's signing functions. Returns the retired key's file.
 */
export type AdoptChainKey = (key: ChainKey) => string | null

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
  adoptKey: AdoptChainKey | null = null,
) {
  const { db } = ctx
  // One restore at a time: parallel requests with the code see the first one's result.
  let restoring: Promise<unknown> = Promise.resolve()

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

  /**
   * The code the admin was just shown, as a page to print or keep in the safe. The caller
   * brings the code, so this reveals nothing and is no showing (not audited, and the next
   * showing still needs what it needed); only the code of the key in use is put on paper, so
   * a mistyped or foreign code never ends up in the safe.
   */
  async function recoveryPdf(actor: Actor, code: string, locale: Locale): Promise<FilePayload> {
    if (actor.role !== 'admin') throw new AppError('FORBIDDEN')
    const typed = parseChainKeyText(code)
    if (!typed || !typed.equals(key.key)) throw new AppError('RECOVERY_CODE_INVALID')
    const shop = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'store.name')
      .executeTakeFirst()
    return recoverySheetFile({
      code: formatRecoveryCode(key.key),
      keyId: chainKeyId(key.key),
      shop: shop ? (JSON.parse(shop.value) as string) : 'Etalase',
      till: await readDeviceCode(db),
      printedBy: actor.name,
      now: ctx.clock.now(),
      locale,
    })
  }

  async function refuse(
    actor: Actor,
    keyId: string | null,
    code: 'RECOVERY_CODE_INVALID' | 'RECOVERY_CODE_FOREIGN',
  ): Promise<never> {
    await db.transaction().execute((trx) =>
      recordAudit(trx, ctx, actor, {
        action: KEY_RESTORE_REFUSED_ACTION,
        detail: { keyId, problem: code, inUse: chainKeyId(key.key) },
      }),
    )
    throw new AppError(code)
  }

  /**
   * A lost chain key back from its printed recovery code. When the key file is lost, the next
   * start makes a new key and the links before it can no longer be authenticated on this till;
   * the code on paper is that old key. It is taken only if links in this chain carry its id and
   * its signature; it then signs from now on, and the stand-in key is kept for the links it
   * signed meanwhile.
   */
  async function restoreKey(actor: Actor, code: string, pin: string): Promise<KeyRestoreDto> {
    if (actor.role !== 'admin') throw new AppError('FORBIDDEN')
    await checkPin(actor, actor.userId, pin, 'settings.manage')
    const restored = parseChainKeyText(code)
    if (!restored) return refuse(actor, null, 'RECOVERY_CODE_INVALID')
    const keyId = chainKeyId(restored)
    const run = restoring.then(async (): Promise<KeyRestoreDto> => {
      if (chainKeyId(key.key) === keyId) return { keyId, replaced: false }
      const { rows } = await sql<{ seq: number; hash: string; mac: string }>`
        select m.seq, c.hash, m.mac from ledger_chain_macs m join ledger_chain c on c.seq = m.seq
        where m.key_id = ${keyId} order by m.seq limit 1`.execute(db)
      const link = rows[0]
      // Its id alone could be copied from the file: its signature proves it is that key.
      if (!link || chainMac(restored, link.seq, link.hash) !== link.mac) {
        return refuse(actor, keyId, 'RECOVERY_CODE_FOREIGN')
      }
      if (!adoptKey) throw new AppError('FORBIDDEN')
      const replacedKeyId = chainKeyId(key.key)
      adoptKey(restored)
      key.key = restored
      // Written after the switch: this entry's link is signed by the restored key.
      await db.transaction().execute((trx) =>
        recordAudit(trx, ctx, actor, {
          action: KEY_RESTORED_ACTION,
          detail: { keyId, replacedKeyId },
        }),
      )
      return { keyId, replaced: true }
    })
    restoring = run.catch(() => undefined)
    return run
  }

  return { status, recoveryCode, recoveryPdf, restoreKey }
}

export type EvidenceService = ReturnType<typeof createEvidenceService>
