import type { Authorize } from '../services/core/context'
import { authorize } from './authorize'
import type { SignedInCaller } from './caller'

/**
 * The one door for controls a supervisor may approve: removing or reducing a cart line,
 * closing someone else's shift, a paid-out above the shift's limit, selling from another
 * location. An approval is a single-use grant for one named permission, bound to this call's
 * channel and input; the router has already claimed it and widened the caller by that one
 * permission, so asking the caller's permissions is the whole check.
 */
export function permissionOrApproval(caller: SignedInCaller): Authorize {
  return (permission) => authorize(caller.actor, permission)
}
