import type { Authorize } from '../services/context'
import { authorize } from './authorize'
import type { SignedInCaller } from './caller'

/**
 * The one door for controls a supervisor may approve: removing or reducing a cart line,
 * closing someone else's shift, a paid-out above the shift's limit, selling from another
 * location. Today an approval is a supervisor's PIN sent beside the call, and the router has
 * already widened the caller with the supervisor's permissions, so asking the caller's
 * permissions is the whole check. When approvals become single-use grants for one named
 * permission, this function is the one to swap.
 */
export function permissionOrApproval(caller: SignedInCaller): Authorize {
  return (permission) => authorize(caller.actor, permission)
}
