import type { Services } from '../../core/services'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'
import type { reportsChannelNames } from '../../../shared/contracts/reports.names'

/**
 * Reading reports needs reports.view; figures at cost (profit columns, stock valuation) also
 * need cost.view — without it the cost columns come back null. The split rules and the PNBP
 * register are settings of the institution: settings.manage.
 */
export function reportsHandlers(
  services: Services,
): PartialHandlerTable<(typeof reportsChannelNames)[number]> {
  const { reports } = services
  return {
    'reports:sales': {
      permission: 'reports.view',
      handle: (input, caller) => reports.sales(caller.actor, input),
    },
    'reports:stockValuation': {
      permission: 'reports.view',
      handle: (input, caller) => {
        authorize(caller.actor, 'cost.view')
        return reports.valuation(caller.actor, input.locationId)
      },
    },
    'reports:countVariances': {
      permission: 'reports.view',
      handle: (input) => reports.variances(input),
    },
    'reports:hasilKerja': {
      permission: 'reports.view',
      handle: (input, caller) => reports.hasilKerja(caller.actor, input),
    },
    'reports:pnbp': {
      permission: 'reports.view',
      handle: (input) => reports.pnbp(input.month),
    },
    'reports:splitRules': {
      permission: 'reports.view',
      handle: () => reports.splitRules(),
    },
    'reports:addSplitRule': {
      permission: 'settings.manage',
      handle: (input, caller) => reports.addSplitRule(caller.actor, input),
    },
    'reports:addPnbpDeposit': {
      permission: 'settings.manage',
      handle: (input, caller) => reports.addDeposit(caller.actor, input),
    },
    'reports:cancelPnbpDeposit': {
      permission: 'settings.manage',
      handle: (input, caller) => reports.cancelDeposit(caller.actor, input),
    },
    'reports:setPnbpTarget': {
      permission: 'settings.manage',
      handle: (input, caller) => reports.setTarget(caller.actor, input),
    },
    'reports:export': {
      permission: 'reports.view',
      handle: (input, caller) => {
        if (input.report === 'stockValuation') authorize(caller.actor, 'cost.view')
        return reports.exportReport(caller.actor, caller.locale, input)
      },
    },
  }
}
