import type { ordersChannelNames } from '../../../shared/contracts/orders.names'
import type { Services } from '../../core/services'
import type { OsPrinter } from '../../printing/os-print/os-printer'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'
import { printOnOs, requireOsPrinter } from '../os-print'

/** `osPrinter`: Electron's OS print; absent in browser mode and tests (OS_PRINT_UNAVAILABLE). */
export function ordersHandlers(
  services: Services,
  osPrinter?: OsPrinter,
): PartialHandlerTable<(typeof ordersChannelNames)[number]> {
  const { buyers, orders, quotations, shipping, production, reservations, documents } =
    services.orders
  return {
    'orders:buyers': {
      permission: 'orders.manage',
      handle: (input) => buyers.list(input),
    },
    'orders:buyer': {
      permission: 'orders.manage',
      handle: (input) => buyers.get(input.id),
    },
    'orders:saveBuyer': {
      permission: 'orders.manage',
      handle: (input) => buyers.save(input),
    },
    'orders:list': {
      permission: 'orders.manage',
      handle: (input) => orders.list(input),
    },
    'orders:get': {
      permission: 'orders.manage',
      handle: (input) => orders.get(input.id),
    },
    // An agreed price other than the counter price asks orders.price in the service.
    'orders:create': {
      permission: 'orders.manage',
      handle: (input, caller) =>
        orders.create(caller.actor, input, (p) => authorize(caller.actor, p)),
    },
    'orders:editLines': {
      permission: 'orders.manage',
      handle: (input, caller) =>
        quotations.editLines(caller.actor, input, (p) => authorize(caller.actor, p)),
    },
    'orders:advance': {
      permission: 'orders.manage',
      handle: (input, caller) => orders.advance(caller.actor, input),
    },
    'orders:cancel': {
      permission: 'orders.manage',
      handle: (input, caller) => orders.cancel(caller.actor, input),
    },
    'orders:pay': {
      permission: 'orders.manage',
      handle: (input, caller) => orders.pay(caller.actor, input),
    },
    // Paying back or keeping a buyer's money is a refund decision, as at the till.
    'orders:settleDeposit': {
      permission: 'refund',
      handle: (input, caller) => {
        authorize(caller.actor, 'orders.manage')
        return orders.settleDeposit(caller.actor, input)
      },
    },
    'orders:pack': {
      permission: 'orders.manage',
      handle: (input, caller) => orders.pack(caller.actor, input),
    },
    'orders:ship': {
      permission: 'orders.manage',
      handle: (input, caller) => shipping.ship(caller.actor, input),
    },
    'orders:requestProduction': {
      permission: 'orders.manage',
      handle: (input, caller) => production.request(caller.actor, input),
    },
    // The stock clerk receives what the workshops make, so sees what is asked of them.
    'orders:productionRequests': {
      permission: 'app.use',
      handle: (input) => production.list(input),
    },
    'orders:closeProductionRequest': {
      permission: 'orders.manage',
      handle: (input) => production.close(input.id),
    },
    // The till asks before a sale eats into an order's reservation.
    'orders:reservations': {
      permission: 'app.use',
      handle: (input) => reservations.at(input),
    },
    'orders:document': {
      permission: 'orders.manage',
      handle: (input, caller) => documents.issue(caller, input),
    },
    'orders:printDocument': {
      permission: 'orders.manage',
      handle: async (input, caller) => {
        // No printer, no number: refuse before the document is issued.
        const printer = requireOsPrinter(osPrinter)
        const { docNo, job } = await documents.printJob(caller, input)
        const { pages: _unknown, ...printed } = await printOnOs(printer, job)
        return { docNo, ...printed }
      },
    },
  }
}
