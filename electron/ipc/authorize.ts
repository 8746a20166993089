import type { Permission } from '../../shared/permissions'
import { defaultRolePermissions } from '../../shared/permissions'
import type { Actor } from '../services/context'
import { AppError } from '../services/errors'

/** The one place a permission is decided. Every channel passes through here. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!defaultRolePermissions[actor.role].includes(permission)) {
    throw new AppError('FORBIDDEN', { permission })
  }
}
