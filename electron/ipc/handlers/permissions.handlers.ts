import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function permissionsHandlers(
  services: Services,
): PartialHandlerTable<'permissions:matrix' | 'permissions:set'> {
  const { auth } = services
  return {
    'permissions:matrix': {
      permission: 'users.manage',
      handle: () => auth.matrix(),
    },
    'permissions:set': {
      permission: 'users.manage',
      handle: (i, caller) => auth.setPermission(caller.actor, i.role, i.permission, i.allowed),
    },
  }
}
