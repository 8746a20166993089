import type { TestCore } from './test-core'

export const ADMIN_PIN = '246810'
export const SUPERVISOR_PIN = '135790'
export const CASHIER_PIN = '1234'

/**
 * The first admin gets a PIN (ending setup mode), then supervisor Sari and cashier Budi are
 * added. Approvers hold 6-digit PINs, as main requires; the cashier keeps 4 digits.
 */
export async function people(core: TestCore) {
  const admin = (await core.must('users:list', {})).find((u) => u.role === 'admin')!
  await core.must('users:save', {
    id: admin.id,
    name: 'Admin',
    role: 'admin',
    active: true,
    pin: ADMIN_PIN,
  })
  await core.must('users:save', {
    name: 'Sari (Supervisor)',
    role: 'supervisor',
    active: true,
    pin: SUPERVISOR_PIN,
  })
  const users = await core.must('users:save', {
    name: 'Budi (Kasir)',
    role: 'cashier',
    active: true,
    pin: CASHIER_PIN,
  })
  const id = (name: string) => users.find((u) => u.name.startsWith(name))!.id
  return { admin: admin.id, supervisor: id('Sari'), cashier: id('Budi') }
}

/** Audit rows of one action, oldest first. */
export const auditOf = (core: TestCore, action: string) =>
  core.database.raw
    .prepare('select user_id, approved_by, detail from audit_log where action = ? order by rowid')
    .all(action) as Array<{ user_id: string; approved_by: string | null; detail: string }>
