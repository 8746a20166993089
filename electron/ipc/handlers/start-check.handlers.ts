import type { startCheckChannelNames } from '../../../shared/contracts/start-check.names'
import type { StartCheck } from '../../services/start-check/start-check'
import type { PartialHandlerTable } from '../handler-types'

export function startCheckHandlers(
  check: StartCheck,
): PartialHandlerTable<(typeof startCheckChannelNames)[number]> {
  return {
    // Public: the window shows "memeriksa data" before anyone has signed in.
    'app:startCheck': { permission: 'public', handle: () => Promise.resolve(check.status()) },
  }
}
