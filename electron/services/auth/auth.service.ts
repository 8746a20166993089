import type { Kysely } from 'kysely'
import { contract } from '../../../shared/contract'
import type { LoginCandidate, UserDto } from '../../../shared/auth/auth-dto'
import {
  adminFixedPermissions,
  defaultRolePermissions,
  permissions as allPermissions,
  minimumPinDigits,
  type Permission,
} from '../../../shared/permissions'
import type { Database } from '../../db/schema'
import { memoUntilWrite, type WriteGeneration } from '../../db/write-generation'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import type { SettingsService } from '../settings/settings.service'
import { createApprovalGrants } from './approval-grants'
import { hashPin } from './pin-hash'
import { createPinGuard } from './pin-guard'
import type { Session } from './session'

type Role = UserDto['role']

export { LOCKOUT_MS, MAX_WRONG_PINS } from './pin-guard'

const roles: Role[] = ['admin', 'supervisor', 'cashier', 'stock']

export async function seedRolePermissions(db: Kysely<Database>): Promise<void> {
  const any = await db.selectFrom('role_permissions').select('role').limit(1).executeTakeFirst()
  if (any) return
  const rows = roles.flatMap((role) =>
    defaultRolePermissions[role].map((permission) => ({ role, permission })),
  )
  await db.insertInto('role_permissions').values(rows).execute()
}

/**
 * People, PINs, lockout, the permission matrix and supervisor approval. Sign-in state lives
 * in the till's session; every check happens here in main.
 */
export function createAuthService(
  ctx: ServiceContext,
  session: Session,
  settings: SettingsService,
  /** When given, who is signed in is read once per write, not on every call (see memoUntilWrite). */
  generation?: WriteGeneration,
) {
  const { db } = ctx
  const guard = createPinGuard(ctx)

  async function permissionsOf(role: Role): Promise<Set<Permission>> {
    const rows = await db
      .selectFrom('role_permissions')
      .select('permission')
      .where('role', '=', role)
      .execute()
    const granted = new Set(rows.map((r) => r.permission as Permission))
    if (role === 'admin') for (const p of adminFixedPermissions) granted.add(p)
    return granted
  }

  async function actorFor(userId: string): Promise<Actor | null> {
    const user = await db
      .selectFrom('users')
      .select(['id', 'name', 'role', 'active'])
      .where('id', '=', userId)
      .executeTakeFirst()
    if (!user || user.active !== 1) return null
    return {
      userId: user.id,
      name: user.name,
      role: user.role,
      permissions: await permissionsOf(user.role),
    }
  }

  // Every call from a window starts here: a scan's lookup would otherwise read the user, the
  // permission matrix and a setting again each time, four queries for an answer of one.
  const autoLockMinutes = generation
    ? memoUntilWrite(generation, () => settings.get('auth.autoLockMinutes'))
    : () => settings.get('auth.autoLockMinutes')
  const signedInActor = generation ? memoUntilWrite(generation, actorFor) : actorFor

  async function currentActor(): Promise<Actor | null> {
    session.setIdleLimit((await autoLockMinutes(undefined)) ?? 0)
    const id = session.current()
    if (!id) return null
    const actor = await signedInActor(id)
    if (!actor) return null
    return {
      ...actor,
      sessionId: session.id() ?? '',
      pinChangeRequired: session.pinChangeRequired(),
    }
  }

  /** Signs someone in without a PIN check: only for the admin the wizard has just created. */
  function startSession(userId: string): void {
    session.signIn(userId)
  }

  async function login(userId: string, pin: string): Promise<Actor> {
    // Read before the check: inside its transaction only `trx` may touch the database.
    const found = await actorFor(userId)
    const actor = await guard.check({ kind: 'login', userId }, pin, async (trx) => {
      if (!found) throw new AppError('USER_INACTIVE')
      await recordAudit(trx, ctx, found, { action: 'auth.login' })
      return found
    })
    // A PIN set before the role needed a longer one still opens the till, but only to change it.
    const pinChangeRequired = pin.length < minimumPinDigits(actor.permissions)
    session.signIn(actor.userId, { pinChangeRequired })
    return { ...actor, sessionId: session.id() ?? '', pinChangeRequired }
  }

  /**
   * The signed-in person proves it is them (before a sensitive showing, e.g. the recovery code):
   * their own PIN under the sign-in limits, and the permission the showing needs.
   */
  async function checkOwnPin(actor: Actor, userId: string, pin: string, needed: Permission) {
    if (userId !== actor.userId) throw new AppError('FORBIDDEN', { permission: needed })
    if (!actor.permissions.has(needed)) throw new AppError('FORBIDDEN', { permission: needed })
    await guard.check({ kind: 'login', userId }, pin, async () => undefined)
  }

  function lock(): null {
    session.signOut()
    return null
  }

  /** The signed-in person replaces their own PIN; the current one is checked like a sign-in. */
  async function changePin(by: Actor, currentPin: string, newPin: string): Promise<Actor> {
    const min = minimumPinDigits(by.permissions)
    if (newPin.length < min) throw fieldError('newPin', 'PIN_TOO_SHORT', { min })
    const pinHash = await hashPin(newPin)
    await guard.check({ kind: 'login', userId: by.userId }, currentPin, async (trx) => {
      await trx
        .updateTable('users')
        .set({ pin_hash: pinHash })
        .where('id', '=', by.userId)
        .execute()
      await recordAudit(trx, ctx, by, {
        action: 'auth.pinChange',
        refType: 'user',
        refId: by.userId,
      })
    })
    session.pinChanged()
    return { ...by, pinChangeRequired: false }
  }

  async function candidates(): Promise<LoginCandidate[]> {
    return db
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('active', '=', 1)
      .where('pin_hash', 'is not', null)
      .orderBy('name')
      .execute()
  }

  async function listUsers(): Promise<UserDto[]> {
    const rows = await db
      .selectFrom('users')
      .selectAll()
      .orderBy('active', 'desc')
      .orderBy('name')
      .execute()
    return rows.map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role,
      active: u.active === 1,
      hasPin: u.pin_hash !== null,
      lockedUntil:
        u.locked_until && u.locked_until > ctx.clock.now()
          ? new Date(u.locked_until).toISOString()
          : null,
    }))
  }

  async function assertAdminRemains(change: {
    id: string
    role?: Role
    active?: boolean
    settingPin?: boolean
  }) {
    const admins = await db
      .selectFrom('users')
      .select(['id', 'pin_hash'])
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .execute()
    const remaining = admins.filter(
      (a) => a.id !== change.id || (change.role === 'admin' && change.active !== false),
    )
    // The admin being saved counts as having a PIN when this very call sets one.
    const hasPin = (a: { id: string; pin_hash: string | null }) =>
      a.pin_hash !== null || (a.id === change.id && change.settingPin === true)
    if (!remaining.some(hasPin)) {
      throw new AppError('LAST_ADMIN')
    }
  }

  async function saveUser(
    by: Actor,
    input: {
      id?: string | undefined
      name: string
      role: Role
      active: boolean
      pin?: string | undefined
    },
  ): Promise<UserDto[]> {
    const clash = await db
      .selectFrom('users')
      .select('id')
      .where('name', '=', input.name)
      .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id ?? ''))
      .executeTakeFirst()
    if (clash) throw fieldError('name', 'DUPLICATE_NAME')
    // Approvers and administrators guard other people's actions: their PIN is longer.
    const min = minimumPinDigits(await permissionsOf(input.role))
    if (input.pin !== undefined && input.pin.length < min)
      throw fieldError('pin', 'PIN_TOO_SHORT', { min })
    if (input.id) {
      await assertAdminRemains({
        id: input.id,
        role: input.role,
        active: input.active,
        settingPin: input.pin !== undefined,
      })
    }
    const pinHash = input.pin ? await hashPin(input.pin) : undefined
    await db.transaction().execute(async (trx) => {
      if (input.id) {
        const found = await trx
          .selectFrom('users')
          .select('id')
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (!found) throw new AppError('NOT_FOUND')
        await trx
          .updateTable('users')
          .set({
            name: input.name,
            role: input.role,
            active: input.active ? 1 : 0,
            ...(pinHash ? { pin_hash: pinHash, failed_pins: 0, locked_until: null } : {}),
          })
          .where('id', '=', input.id)
          .execute()
      } else {
        await trx
          .insertInto('users')
          .values({
            id: ctx.ids.next(),
            name: input.name,
            role: input.role,
            active: input.active ? 1 : 0,
            pin_hash: pinHash ?? null,
            device_id: ctx.deviceId,
            created_at: ctx.clock.now(),
          })
          .execute()
      }
      await recordAudit(trx, ctx, by, {
        action: input.id ? 'user.update' : 'user.create',
        refType: 'user',
        ...(input.id ? { refId: input.id } : {}),
        detail: {
          name: input.name,
          role: input.role,
          active: input.active,
          pinChanged: pinHash !== undefined,
        },
      })
    })
    return listUsers()
  }

  async function matrix(): Promise<Record<Role, Permission[]>> {
    const out = {} as Record<Role, Permission[]>
    for (const role of roles) out[role] = [...(await permissionsOf(role))].sort()
    return out
  }

  async function setPermission(by: Actor, role: Role, permission: Permission, allowed: boolean) {
    if (!allPermissions.includes(permission)) throw fieldError('permission', 'INVALID_VALUE')
    if (role === 'admin' && !allowed && adminFixedPermissions.includes(permission))
      throw new AppError('LAST_ADMIN')
    await db.transaction().execute(async (trx) => {
      if (allowed) {
        await trx
          .insertInto('role_permissions')
          .values({ role, permission })
          .onConflict((oc) => oc.doNothing())
          .execute()
      } else {
        await trx
          .deleteFrom('role_permissions')
          .where('role', '=', role)
          .where('permission', '=', permission)
          .execute()
      }
      await recordAudit(trx, ctx, by, {
        action: 'permission.change',
        detail: { role, permission, allowed },
      })
    })
    return matrix()
  }

  const approvals = createApprovalGrants(ctx, guard, permissionsOf, (name) =>
    Object.hasOwn(contract, name),
  )

  return {
    currentActor,
    startSession,
    login,
    lock,
    checkOwnPin,
    changePin,
    approvals,
    candidates,
    listUsers,
    saveUser,
    matrix,
    setPermission,
  }
}

export type AuthService = ReturnType<typeof createAuthService>
