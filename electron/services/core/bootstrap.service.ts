import type { Kysely } from 'kysely'
import { seededLocationIds } from '../../../shared/seeded-ids'
import { seededLocationNames, seededPaymentMethods } from '../../../shared/seeded-names'
import type { Database } from '../../db/schema'
import { grantAddedPermissions } from '../auth/added-permissions'
import { seedRolePermissions } from '../auth/auth.service'
import type { Clock, IdSource } from './context'
import { createSettingsService } from '../settings/settings.service'

export interface DeviceIdentity {
  deviceId: string
  showroomId: string
}

/**
 * Creates what every till needs on first start: its own device id, the two standing
 * locations and the default payment methods. Who the shop is, this till's code and the first
 * admin (with a PIN) come from the first-run wizard (services/setup/setup.service.ts), never
 * from defaults. Idempotent: later starts only read what is there.
 */
export async function bootstrapDevice(
  db: Kysely<Database>,
  clock: Clock,
  ids: IdSource,
): Promise<DeviceIdentity> {
  return db.transaction().execute(async (trx) => {
    const settings = createSettingsService(trx)
    const now = clock.now()
    let deviceId = await settings.get('device.id')
    if (!deviceId) {
      deviceId = ids.next()
      await settings.set('device.id', deviceId)
    }

    let showroom = await trx
      .selectFrom('locations')
      .select('id')
      .where('kind', '=', 'showroom')
      .orderBy('created_at')
      .executeTakeFirst()
    if (!showroom) {
      // Fixed ids: every till's showroom and storeroom are the same rows (shared/seeded-ids.ts).
      showroom = { id: seededLocationIds.showroom }
      await trx
        .insertInto('locations')
        .values([
          {
            id: showroom.id,
            name: seededLocationNames.showroom,
            kind: 'showroom',
            device_id: deviceId,
            created_at: now,
          },
          {
            id: seededLocationIds.storeroom,
            name: seededLocationNames.storeroom,
            kind: 'storeroom',
            device_id: deviceId,
            created_at: now,
          },
        ])
        .execute()
      await settings.set('till.defaultLocationId', showroom.id)
    }

    const methodCount = await trx
      .selectFrom('payment_methods')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    if (methodCount.n === 0) {
      await trx
        .insertInto('payment_methods')
        .values(
          seededPaymentMethods.map((m, i) => ({
            id: m.id,
            name: m.name,
            kind: m.kind,
            requires_reference: m.requiresReference ? 1 : 0,
            sort: i + 1,
          })),
        )
        .execute()
    }

    await seedRolePermissions(trx)
    await grantAddedPermissions(trx)
    return { deviceId, showroomId: showroom.id }
  })
}
