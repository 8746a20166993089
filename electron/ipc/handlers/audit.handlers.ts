import type { auditChannelNames } from '../../../shared/contracts/audit.names'
import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function auditHandlers(
  services: Services,
): PartialHandlerTable<'audit:list' | 'audit:verify' | (typeof auditChannelNames)[number]> {
  const { audit } = services
  return {
    'audit:list': { permission: 'audit.view', handle: (i) => audit.list(i) },
    'audit:count': { permission: 'audit.view', handle: (i) => audit.count(i) },
    'audit:filterOptions': {
      permission: 'audit.view',
      handle: () => audit.filterOptions(),
    },
    'audit:export': {
      permission: 'audit.view',
      handle: (i, caller) => audit.exportCsv(i, caller.locale),
    },
    'audit:history': {
      permission: 'audit.view',
      handle: (i) => services.masterHistory.list(i),
    },
    'audit:verify': { permission: 'audit.view', handle: () => audit.verify() },
  }
}
