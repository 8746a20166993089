import type { SessionUser } from '../../../shared/auth/auth-dto'
import type { Services } from '../../core/services'
import type { Actor } from '../../services/core/context'
import type { PartialHandlerTable } from '../handler-types'

export const sessionUser = (actor: Actor): SessionUser => ({
  id: actor.userId,
  name: actor.name,
  role: actor.role,
  permissions: [...actor.permissions].sort(),
  pinChangeRequired: actor.pinChangeRequired === true,
})

export function authHandlers(
  services: Services,
): PartialHandlerTable<'auth:candidates' | 'auth:login' | 'auth:lock' | 'auth:changePin'> {
  const { auth } = services
  return {
    'auth:candidates': { permission: 'public', handle: () => auth.candidates() },
    'auth:login': {
      permission: 'public',
      handle: async (i) => sessionUser(await auth.login(i.userId, i.pin)),
    },
    'auth:lock': { permission: 'public', handle: async () => auth.lock() },
    'auth:changePin': {
      permission: 'app.use',
      handle: async (i, caller) =>
        sessionUser(await auth.changePin(caller.actor, i.currentPin, i.newPin)),
    },
  }
}
