import type { Kysely } from 'kysely'
import type { Permission } from '../../../shared/permissions'
import type { Database } from '../../db/schema'
import type { StoredPrinterSettings, StoredReceiptLogo } from '../printing/printing-settings-shape'

/** Typed key/value settings stored as JSON, one row per key. */
export interface SettingsShape {
  'device.id': string
  'device.code': string
  /** The showroom's own till, or a booth taken to exhibitions. */
  'device.kind': 'showroom' | 'booth'
  /** When the first-run wizard finished (epoch ms; 0 for tills set up before it existed). */
  'setup.completedAt': number
  locale: 'id' | 'en'
  'demo.offered': boolean
  'store.name': string
  /** The receipt's header lines under the shop's name (header text, address, phone, NPWP). */
  'store.address': string[]
  'store.phone': string
  'store.npwp': string
  /** The location this till sells from: the showroom, or an exhibition while it runs. */
  'till.defaultLocationId': string
  'till.cashRounding': { unit: 0 | 100 | 500 | 1000; mode: 'down' | 'nearest' | 'up' }
  'till.allowNegativeStock': boolean
  /** Rupiah a shift may pay out without a supervisor; above it each paid-out needs one. */
  'till.cashPayoutLimit': number
  'receipt.format': { prefix: string; includeDate: boolean; digits: number }
  'payments.qrisStatic': string | null
  /** Idle minutes before the till locks itself; 0 = never. */
  'auth.autoLockMinutes': number
  'printing.receipt': StoredPrinterSettings
  'printing.logo': StoredReceiptLogo | null
  /** Permissions added after the matrix was stored, already granted once (added-permissions.ts). */
  'permissions.added': Permission[]
  /** Last sequence used for in-store EAN-13 codes (20…); only ever grows, so no code is reused. */
  'labels.inStoreEanSeq': number
}

export type SettingKey = keyof SettingsShape

export function createSettingsService(db: Kysely<Database>) {
  async function get<K extends SettingKey>(key: K): Promise<SettingsShape[K] | undefined> {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst()
    return row ? (JSON.parse(row.value) as SettingsShape[K]) : undefined
  }

  /** Several settings in one query (each sale reads the till's settings: one read, not eight). */
  async function getMany<K extends SettingKey>(
    keys: readonly K[],
  ): Promise<{ [P in K]?: SettingsShape[P] }> {
    const rows = await db
      .selectFrom('settings')
      .select(['key', 'value'])
      .where('key', 'in', keys)
      .execute()
    const found: { [P in K]?: SettingsShape[P] } = {}
    for (const row of rows) found[row.key as K] = JSON.parse(row.value) as SettingsShape[K]
    return found
  }

  async function set<K extends SettingKey>(key: K, value: SettingsShape[K]): Promise<void> {
    const json = JSON.stringify(value)
    await db
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute()
  }

  return { get, getMany, set }
}

export type SettingsService = ReturnType<typeof createSettingsService>
