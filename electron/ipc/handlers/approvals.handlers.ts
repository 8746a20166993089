import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

/**
 * Single-use approvals. Asking needs only a signed-in person (`app.use`): the supervisor's
 * PIN, their permission and the limits decide, in the service.
 */
export function approvalsHandlers(
  services: Services,
): PartialHandlerTable<'approvals:approvers' | 'approvals:request'> {
  const { approvals } = services.auth
  return {
    'approvals:approvers': {
      permission: 'app.use',
      handle: (i, caller) => approvals.approvers(caller.actor, i.permission),
    },
    'approvals:request': {
      permission: 'app.use',
      handle: (i, caller) => approvals.request(caller.actor, i),
    },
  }
}
