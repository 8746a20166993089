import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import type { TillKind } from '../../../shared/setup/setup-dto'
import { databasePath } from '../../core/data-dir'
import type { Database } from '../../db/schema'
import type { Services } from '../../core/services'
import { listBackups } from '../../services/backup/backup-files'
import { restoreBackup, type Reopen } from '../../services/backup/restore'
import { requireAnchorMatch } from '../../services/backup/manifest-match'
import type { FileVerifier } from '../../services/backup/verification'
import type { Clock } from '../../services/core/context'
import { AppError } from '../../services/core/errors'
import type { PartialHandlerTable } from '../handler-types'
import { sessionUser } from './auth.handlers'

export type Books = 'real' | 'training'

export interface SetupFacts {
  db: Kysely<Database>
  version: string
  dataDir: string
  training: boolean
  clock: Clock
  verify: FileVerifier
  reopen?: Reopen
  /** Closes these books and opens the other ones, signed in as `userId` (core-host.ts). */
  switchBooks?: (to: Books, userId: string) => Promise<void>
}

type SetupChannels =
  | 'setup:complete'
  | 'setup:backupsIn'
  | 'setup:restore'
  | 'training:enter'
  | 'training:leave'
  | 'app:about'

/** The first-run wizard, training mode and Pengaturan → Tentang. */
export function setupHandlers(
  services: Services,
  facts: SetupFacts,
): PartialHandlerTable<SetupChannels> {
  const switchTo = async (to: Books, userId: string) => {
    if (!facts.switchBooks) throw new AppError('TRAINING_UNAVAILABLE')
    await facts.switchBooks(to, userId)
    return null
  }
  return {
    // Public, but the setup gate (electron/ipc/setup-gate.ts) answers it only before setup.
    'setup:complete': {
      permission: 'public',
      handle: async (input) => {
        const admin = await services.setup.complete(input)
        // Setup ends with the admin who typed the PIN signed in, not with a PIN-less admin.
        services.auth.startSession(admin.userId)
        const actor = await services.auth.currentActor()
        if (!actor) throw new AppError('INTERNAL')
        return sessionUser(actor)
      },
    },
    'setup:backupsIn': {
      permission: 'public',
      handle: async ({ folder }) => (await listBackups(folder, 'second')).map((b) => b.dto),
    },
    'setup:restore': {
      permission: 'public',
      handle: async ({ folder, file }) => {
        if (!facts.reopen || facts.training) throw new AppError('RESTORE_UNAVAILABLE')
        const backup = (await listBackups(folder, 'second')).find((b) => b.dto.file === file)
        if (!backup) throw new AppError('NOT_FOUND')
        return restoreBackup({
          dataDir: facts.dataDir,
          databaseFile: databasePath(facts.dataDir),
          backup: { path: join(folder, file), file, manifest: backup.manifest },
          verify: facts.verify,
          now: () => facts.clock.now(),
          reopen: facts.reopen,
          by: 'setup',
          // The chain inside must still hold the manifest's anchor (also printed and copied).
          authorize: async (staged) => requireAnchorMatch(staged, file, backup.manifest),
        })
      },
    },
    'training:enter': {
      permission: 'app.use',
      handle: async (_input, caller) => {
        if (facts.training) return null
        return switchTo('training', caller.actor.userId)
      },
    },
    'training:leave': {
      permission: 'app.use',
      handle: async (_input, caller) => {
        if (!facts.training) return null
        return switchTo('real', caller.actor.userId)
      },
    },
    'app:about': {
      permission: 'app.use',
      handle: async () => {
        const { db } = facts
        const version = await sql<{ v: string }>`select sqlite_version() as v`.execute(db)
        const chain = await sql<{ rows: number; last: number }>`
          select count(*) as rows, coalesce(max(seq), 0) as last from ledger_chain`.execute(db)
        const kind: TillKind | undefined = await services.settings.get('device.kind')
        return {
          version: facts.version,
          dataDir: facts.dataDir,
          sqliteVersion: version.rows[0]?.v ?? '',
          deviceCode: (await services.settings.get('device.code')) ?? '',
          tillKind: kind ?? null,
          training: facts.training,
          chain: { rows: chain.rows[0]?.rows ?? 0, lastSeq: chain.rows[0]?.last ?? 0 },
        }
      },
    },
  }
}
