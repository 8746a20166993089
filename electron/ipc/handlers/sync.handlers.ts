import type { syncChannelNames } from '../../../shared/contracts/sync.names'
import type { SyncService } from '../../services/sync/sync.service'
import type { PartialHandlerTable } from '../handler-types'

export function syncHandlers(
  sync: SyncService,
): PartialHandlerTable<(typeof syncChannelNames)[number]> {
  return {
    'sync:status': {
      permission: 'settings.manage',
      handle: () => sync.status(),
    },
    'sync:join': {
      permission: 'settings.manage',
      handle: (input) => sync.join(input),
    },
    'sync:leave': {
      permission: 'settings.manage',
      handle: () => sync.leave(),
    },
    'sync:now': {
      permission: 'settings.manage',
      handle: () => sync.syncNow(),
    },
  }
}
