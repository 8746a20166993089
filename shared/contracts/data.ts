import { z } from 'zod'
import type {
  BackupListDto,
  BackupRunDto,
  DataSettingsDto,
  ExportResultDto,
  RecoveryDto,
  RestorePreviewDto,
  RestoreResultDto,
} from '../data/data-dto'
import { emptyInput, text } from '../schemas'
import { channel } from './common'

/** `primary:etalase-20261127-031500.sqlite`: a destination and a plain file name, no path. */
const backupId = z
  .string()
  .max(120)
  .regex(/^(primary|second):etalase-[0-9A-Za-z-]+\.sqlite$/)

/** An absolute folder path (Windows or POSIX); existence is checked in main. */
export const folderPath = text(500, { min: 1 }).regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/)

export const dataSettingsSchema = z.strictObject({
  intervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  everySales: z.number().int().min(1).max(10_000),
  secondFolder: folderPath.nullable(),
})

/** Data-safety channels: backups, restore, export, recovery. Spread into the main contract. */
export const dataContract = {
  /** Answered even when the database failed its start-up check: which mode the app is in. */
  'data:recovery': channel<RecoveryDto>()(emptyInput),
  'data:backups': channel<BackupListDto>()(emptyInput),
  /** Runs one backup now; a failed verification is a recorded run with ok false. */
  'data:backupNow': channel<BackupRunDto>()(emptyInput),
  'data:restorePreview': channel<RestorePreviewDto>()(z.strictObject({ id: backupId })),
  /**
   * Safety copy of the current data, then the chosen backup becomes the data; app reopens.
   * In recovery mode `pin` is required: an admin PIN recorded in the backup itself.
   */
  'data:restore': channel<RestoreResultDto>()(
    z.strictObject({
      id: backupId,
      pin: z
        .string()
        .regex(/^\d{4,8}$/)
        .optional(),
    }),
  ),
  /** A consistent copy of the whole database for an auditor: a download, or into a folder. */
  'data:export': channel<ExportResultDto>()(
    z.strictObject({ folder: folderPath.nullable().default(null) }),
  ),
  'data:settings': channel<DataSettingsDto>()(emptyInput),
  'data:saveSettings': channel<DataSettingsDto>()(dataSettingsSchema),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
