import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function auditHandlers(
  services: Services,
): PartialHandlerTable<'audit:list' | 'audit:verify'> {
  return {
    'audit:list': {
      permission: 'audit.view',
      writes: false,
      handle: (i) => services.audit.list(i),
    },
    'audit:verify': {
      permission: 'audit.view',
      writes: false,
      handle: () => services.audit.verify(),
    },
  }
}
