import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'
import type { printingChannelNames } from '../../../shared/contracts/printing.names'

export function printingHandlers(
  _services: Services,
): PartialHandlerTable<(typeof printingChannelNames)[number]> {
  return {}
}
