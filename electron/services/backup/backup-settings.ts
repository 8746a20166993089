import type { DataSettingsDto } from '../../../shared/data/data-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { isWritableFolder } from './backup-files'
import { primaryBackupFolder, writeSecondFolderHint } from './backup-locations'

const SETTINGS_KEY = 'data.backup'
export const defaultDataSettings = { intervalMinutes: 30, everySales: 50, secondFolder: null }
export type StoredBackupSettings = Omit<DataSettingsDto, 'folder'>

/** When backups run and where the second copy goes (Pengaturan → Data → Jadwal cadangan). */
export function createBackupSettings(ctx: ServiceContext, dataDir: string) {
  const { db } = ctx
  const folder = primaryBackupFolder(dataDir)

  async function read(): Promise<StoredBackupSettings> {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SETTINGS_KEY)
      .executeTakeFirst()
    if (!row) return { ...defaultDataSettings }
    return { ...defaultDataSettings, ...(JSON.parse(row.value) as Partial<StoredBackupSettings>) }
  }

  async function settings(): Promise<DataSettingsDto> {
    return { ...(await read()), folder }
  }

  async function save(actor: Actor, input: StoredBackupSettings): Promise<DataSettingsDto> {
    if (input.secondFolder && !(await isWritableFolder(input.secondFolder))) {
      throw new AppError('VALIDATION', undefined, [
        {
          path: 'secondFolder',
          code: 'FOLDER_UNAVAILABLE',
          params: { folder: input.secondFolder },
        },
      ])
    }
    const value = JSON.stringify(input)
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: SETTINGS_KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute()
      await recordAudit(trx, ctx, actor, { action: 'data.settings', detail: input })
    })
    await writeSecondFolderHint(dataDir, input.secondFolder)
    return settings()
  }

  return { read, settings, save }
}

export type BackupSettings = ReturnType<typeof createBackupSettings>
