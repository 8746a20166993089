import type { importChannelNames } from '../../../shared/contracts/import.names'
import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

/** Importing products is catalogue work; opening stock also needs `stock.receive` (checked inside). */
export function importHandlers(
  services: Services,
): PartialHandlerTable<(typeof importChannelNames)[number]> {
  const { catalogImport } = services
  return {
    'import:preview': {
      permission: 'manage.products',
      handle: (input, caller) => catalogImport.preview(input, caller.locale),
    },
    'import:confirm': {
      permission: 'manage.products',
      handle: (input, caller) => catalogImport.confirm(caller.actor, input, caller.locale),
    },
    'import:template': {
      permission: 'manage.products',
      handle: async (_input, caller) => catalogImport.template(caller.locale),
    },
  }
}
