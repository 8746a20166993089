import { join } from 'node:path'
import type { Channel } from '../../shared/contract'
import { channelNames } from '../../shared/channels'
import type { IntegrityProblemDto, RestoreResultDto } from '../../shared/data/data-dto'
import { defaultLocale } from '../../shared/locale'
import type { Caller } from '../ipc/caller'
import type { ChannelHandler, HandlerTable } from '../ipc/handler-types'
import { createRouter, type Route } from '../ipc/router'
import { listBackups } from '../services/backup/backup-files'
import {
  listAllBackups,
  primaryBackupFolder,
  readSecondFolderHint,
  resolveBackupId,
} from '../services/backup/backup-locations'
import { checkBackupFile } from '../services/backup/backup-read'
import { checkBackupAdminPin } from '../services/backup/backup-admin-pin'
import { requireAnchorMatch, requireManifestMatch } from '../services/backup/manifest-match'
import { createRecoveryAttempts } from '../services/backup/recovery-attempts'
import { restoreBackup, type Reopen } from '../services/backup/restore'
import type { RestoreFaults } from '../services/backup/restore-files'
import type { FileVerifier } from '../services/backup/verification'
import type { Clock } from '../services/core/context'
import { AppError } from '../services/core/errors'
import { databasePath } from './data-dir'

export interface RecoveryCore {
  route: Route
  currentCaller: () => Promise<Caller>
  problem: IntegrityProblemDto | 'startup'
}

/**
 * What answers when the database failed its start-up check: only the backups and restore.
 * Nobody can sign in (the users live in the broken file), so these channels are public; the
 * transports still require our own window or the per-run token. Everything else is refused
 * with RECOVERY_MODE, which the renderer turns into the recovery screen.
 */
export function createRecoveryCore(options: {
  dataDir: string
  problem: IntegrityProblemDto | 'startup'
  clock: Clock
  verify: FileVerifier
  reopen: Reopen
  faults?: RestoreFaults
}): RecoveryCore {
  const { dataDir, clock, verify } = options
  const attempts = createRecoveryAttempts(dataDir, clock)
  const locate = async (id: string) => {
    const found = resolveBackupId(id, dataDir, await readSecondFolderHint(dataDir))
    const backup = found
      ? (await listBackups(found.folder, found.destination)).find((b) => b.dto.file === found.file)
      : undefined
    if (!found || !backup) throw new AppError('NOT_FOUND')
    return { ...backup, path: join(found.folder, found.file), file: found.file }
  }
  const backups = async () => listAllBackups(dataDir, await readSecondFolderHint(dataDir))

  const refused: ChannelHandler<Channel> = {
    permission: 'public',
    handle: () => Promise.reject(new AppError('RECOVERY_MODE')),
  }
  const recoveryHandlers: Partial<HandlerTable> = {
    'data:recovery': {
      permission: 'public',
      handle: async () => ({
        mode: 'recovery' as const,
        problem: options.problem,
        dataDir,
        backups: await backups(),
      }),
    },
    'data:backups': {
      permission: 'public',
      handle: async () => ({
        backups: await backups(),
        runs: [],
        folder: primaryBackupFolder(dataDir),
        secondFolder: null,
        lastBackupAt: null,
      }),
    },
    'data:restorePreview': {
      permission: 'public',
      handle: async (input) => {
        const backup = await locate(input.id)
        return {
          ...(await checkBackupFile(backup.path, backup.manifest, clock.now(), verify)),
          backup: backup.dto,
          current: null,
        }
      },
    },
    'data:restore': {
      permission: 'public',
      // Nobody is signed in here, so the backup's own admins decide (see backup-admin-pin.ts),
      // one attempt at a time under the sign-in limits (recovery-attempts.ts).
      handle: async (input) => {
        const backup = await locate(input.id)
        const pin = input.pin
        if (!pin) throw new AppError('RESTORE_PIN_REQUIRED')
        const wrongPin = new Error('wrong recovery PIN')
        return attempts.attempt<RestoreResultDto>(async () => {
          try {
            const value = await restoreBackup({
              dataDir,
              databaseFile: databasePath(dataDir),
              backup: { path: backup.path, file: backup.file, manifest: backup.manifest },
              verify,
              now: () => clock.now(),
              reopen: options.reopen,
              by: 'recovery',
              authorize: async (staged, verification) => {
                requireManifestMatch(backup.file, backup.manifest, verification)
                requireAnchorMatch(staged, backup.file, backup.manifest)
                const verdict = await checkBackupAdminPin(staged, pin)
                if (verdict === 'no-admin') {
                  throw new AppError('BACKUP_NO_ADMIN', { file: backup.file })
                }
                if (verdict === 'wrong') throw wrongPin
              },
              ...(options.faults ? { faults: options.faults } : {}),
            })
            return { ok: true as const, value }
          } catch (error) {
            if (error === wrongPin) return { ok: false as const }
            throw error
          }
        })
      },
    },
  }
  const table = Object.fromEntries(
    channelNames.map((name) => [name, recoveryHandlers[name] ?? refused]),
  ) as HandlerTable
  return {
    route: createRouter(table),
    currentCaller: () => Promise.resolve({ actor: null, locale: defaultLocale }),
    problem: options.problem,
  }
}
