import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function usersHandlers(
  services: Services,
): PartialHandlerTable<'users:list' | 'users:save'> {
  const { auth } = services
  return {
    'users:list': { permission: 'users.manage', handle: () => auth.listUsers() },
    'users:save': {
      permission: 'users.manage',
      handle: (i, caller) => auth.saveUser(caller.actor, i),
    },
  }
}
