import type { Permission } from '../../shared/permissions'
import type { Actor } from '../services/core/context'
import { AppError } from '../services/core/errors'

/** The one place a permission is decided. Every channel and every in-service check passes here. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) throw new AppError('FORBIDDEN', { permission })
}
