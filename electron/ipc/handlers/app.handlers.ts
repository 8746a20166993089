import { sql, type Kysely } from 'kysely'
import type { appChannelNames } from '../../../shared/contracts/app.names'
import type { TillKind } from '../../../shared/setup/setup-dto'
import type { Services } from '../../core/services'
import type { Database } from '../../db/schema'
import type { StartCheck } from '../../services/start-check/start-check'
import type { PartialHandlerTable } from '../handler-types'
import { sessionUser } from './auth.handlers'

export interface AppFacts {
  db: Kysely<Database>
  version: string
  dataDir: string
  deviceId: string
  /** The separate practice books (mode latihan), never the real ledger. */
  training: boolean
  startCheck: StartCheck
}

export function appHandlers(
  services: Services,
  facts: AppFacts,
): PartialHandlerTable<(typeof appChannelNames)[number]> {
  return {
    'app:info': {
      permission: 'public',
      handle: async (_input, caller) => {
        const setupRequired = !(await services.setup.done())
        return {
          version: facts.version,
          deviceId: facts.deviceId,
          // Read each time: the wizard writes it while the app runs.
          deviceCode: (await services.settings.get('device.code')) ?? '',
          dataDir: facts.dataDir,
          locale: caller.locale,
          user: caller.actor ? sessionUser(caller.actor) : null,
          setupRequired,
          training: facts.training,
          autoLockMinutes: (await services.settings.get('auth.autoLockMinutes')) ?? 0,
          defaultLocationId: await services.defaultLocationId(),
        }
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
    // Public: the window shows "memeriksa data" before anyone has signed in.
    'app:startCheck': {
      permission: 'public',
      handle: () => Promise.resolve(facts.startCheck.status()),
    },
  }
}
