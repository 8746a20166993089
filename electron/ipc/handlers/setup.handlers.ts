import { join } from 'node:path'
import { databasePath } from '../../core/data-dir'
import type { Services } from '../../core/services'
import { listBackups } from '../../services/backup/backup-files'
import { restoreBackup, type Reopen } from '../../services/backup/restore'
import { requireAnchorMatch } from '../../services/backup/manifest-match'
import type { FileVerifier } from '../../services/backup/verification'
import type { Clock } from '../../services/core/context'
import { AppError } from '../../services/core/errors'
import type { PartialHandlerTable } from '../handler-types'
import { sessionUser } from './auth.handlers'

export interface SetupFacts {
  dataDir: string
  training: boolean
  clock: Clock
  verify: FileVerifier
  reopen?: Reopen
}

type SetupChannels = 'setup:complete' | 'setup:backupsIn' | 'setup:restore'

/** The first-run wizard: setting the till up, or restoring it from a backup on a stick. */
export function setupHandlers(
  services: Services,
  facts: SetupFacts,
): PartialHandlerTable<SetupChannels> {
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
  }
}
