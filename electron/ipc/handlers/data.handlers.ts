import type { dataChannelNames } from '../../../shared/contracts/data.names'
import { databasePath } from '../../core/data-dir'
import type { BackupService } from '../../services/backup/backup.service'
import { restoreBackup, type Reopen } from '../../services/backup/restore'
import { requireAnchorMatch } from '../../services/backup/manifest-match'
import type { RestoreFaults } from '../../services/backup/restore-files'
import type { FileVerifier } from '../../services/backup/verification'
import type { Clock } from '../../services/core/context'
import { AppError } from '../../services/core/errors'
import type { HandlerTable, PartialHandlerTable } from '../handler-types'

export interface DataHandlerDeps {
  dataDir: string
  clock: Clock
  verify: FileVerifier
  /** Absent where nothing can reopen the core (tests over a bare startCore). */
  reopen?: Reopen
  faults?: RestoreFaults
}

export function dataHandlers(
  dataSafety: BackupService,
  deps: DataHandlerDeps,
): PartialHandlerTable<(typeof dataChannelNames)[number]> {
  return {
    // Public and answered in both modes: the renderer asks it only to tell the two apart.
    'data:recovery': {
      permission: 'public',
      handle: () => Promise.resolve({ mode: 'ready' as const }),
    },
    'data:backups': {
      permission: 'settings.manage',
      handle: () => dataSafety.list(),
    },
    'data:backupNow': {
      permission: 'settings.manage',
      handle: (_input, caller) => dataSafety.backupNow('manual', caller.actor),
    },
    'data:restorePreview': {
      permission: 'settings.manage',
      handle: (input) => dataSafety.restorePreview(input.id),
    },
    'data:restore': {
      permission: 'settings.manage',
      handle: async (input, caller) => {
        const backup = await dataSafety.locate(input.id)
        if (!deps.reopen) throw new AppError('RESTORE_UNAVAILABLE')
        return restoreBackup({
          dataDir: deps.dataDir,
          databaseFile: databasePath(deps.dataDir),
          backup: { path: backup.path, file: backup.file, manifest: backup.manifest },
          verify: deps.verify,
          now: () => deps.clock.now(),
          reopen: deps.reopen,
          by: caller.actor.name,
          // The chain inside must still hold the manifest's anchor (also printed and copied).
          authorize: async (staged) => requireAnchorMatch(staged, backup.file, backup.manifest),
          ...(deps.faults ? { faults: deps.faults } : {}),
          recordFailure: async (problem) => {
            await dataSafety.recordRun({
              kind: 'restore',
              trigger: 'manual',
              file: backup.file,
              destination: backup.folder,
              bytes: 0,
              problem,
              detail: { by: caller.actor.name },
              durationMs: 0,
              at: deps.clock.now(),
            })
          },
          beforeSwap: () =>
            dataSafety.audit(caller.actor, 'data.restore', {
              file: backup.file,
              destination: backup.destination,
            }),
        })
      },
    },
    'data:export': {
      permission: 'settings.manage',
      // Writes only the data-safety log and the audit trail, never the business records.
      handle: (input, caller) => dataSafety.exportSnapshot(caller.actor, input.folder),
    },
    'data:settings': {
      permission: 'settings.manage',
      handle: () => dataSafety.settings(),
    },
    'data:saveSettings': {
      permission: 'settings.manage',
      handle: (input, caller) => dataSafety.saveSettings(caller.actor, input),
    },
  }
}

/**
 * Lets the data-safety service see sales and shift closes without those services knowing
 * about backups: each successful call is reported after it has answered.
 */
export function observeForDataSafety(
  handlers: HandlerTable,
  dataSafety: BackupService,
): HandlerTable {
  const checkout = handlers['sales:checkout']
  const closeShift = handlers['shifts:close']
  return {
    ...handlers,
    'sales:checkout': {
      ...checkout,
      handle: async (input: never, caller: never) => {
        const sale = await checkout.handle(input, caller)
        dataSafety.noteSale()
        return sale
      },
    } as typeof checkout,
    'shifts:close': {
      ...closeShift,
      handle: async (input: never, caller: never) => {
        const closed = await closeShift.handle(input, caller)
        dataSafety.noteShiftClosed()
        return closed
      },
    } as typeof closeShift,
  }
}
