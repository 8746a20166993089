import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { grantAddedPermissions } from './auth/added-permissions'
import { seedRolePermissions } from './auth/auth.service'
import type { Clock, IdSource } from './context'
import { createSettingsService } from './settings.service'

export interface DeviceIdentity {
  deviceId: string
  deviceCode: string
  adminUserId: string
  showroomId: string
}

/**
 * Creates what every till needs on first start: its own device id, the two standing
 * locations, the default payment methods and the first admin. Idempotent: later starts
 * only read what is there.
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
      await settings.set('device.code', 'KSG1')
      await settings.set('locale', 'id')
      await settings.set('store.name', 'Galeri Lapas Narkotika Kasongan')
      await settings.set('store.address', ['Jl. Tjilik Riwut Km. 5', 'Kasongan, Katingan, Kalteng'])
    }
    const deviceCode = (await settings.get('device.code')) ?? 'KSG1'

    let showroom = await trx
      .selectFrom('locations')
      .select('id')
      .where('kind', '=', 'showroom')
      .orderBy('created_at')
      .executeTakeFirst()
    if (!showroom) {
      showroom = { id: ids.next() }
      await trx
        .insertInto('locations')
        .values([
          {
            id: showroom.id,
            name: 'Galeri',
            kind: 'showroom',
            device_id: deviceId,
            created_at: now,
          },
          {
            id: ids.next(),
            name: 'Gudang',
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
        .values([
          { id: 'tunai', name: 'Tunai', kind: 'cash', requires_reference: 0, sort: 1 },
          { id: 'qris', name: 'QRIS', kind: 'noncash', requires_reference: 1, sort: 2 },
          {
            id: 'transfer',
            name: 'Transfer Bank',
            kind: 'noncash',
            requires_reference: 1,
            sort: 3,
          },
          { id: 'edc', name: 'Kartu (EDC)', kind: 'noncash', requires_reference: 1, sort: 4 },
        ])
        .execute()
    }

    let admin = await trx
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .orderBy('created_at')
      .executeTakeFirst()
    if (!admin) {
      admin = { id: ids.next() }
      await trx
        .insertInto('users')
        .values({
          id: admin.id,
          name: 'Admin',
          role: 'admin',
          pin_hash: null,
          device_id: deviceId,
          created_at: now,
        })
        .execute()
    }

    await seedRolePermissions(trx)
    await grantAddedPermissions(trx)
    return { deviceId, deviceCode, adminUserId: admin.id, showroomId: showroom.id }
  })
}
