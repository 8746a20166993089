import type { consignmentChannelNames } from '../../../shared/contracts/consignment.names'
import type { Services } from '../../core/services'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'

export function consignmentHandlers(
  services: Services,
): PartialHandlerTable<(typeof consignmentChannelNames)[number]> {
  const { partners, settlements, statements, pdf, payments, paymentPdf } = services.consignment
  return {
    'consignment:partners': {
      permission: 'consignment.manage',
      handle: (input) => partners.list(input.includeInactive),
    },
    'consignment:savePartner': {
      permission: 'consignment.manage',
      handle: (input, caller) => partners.save(caller.actor, input),
    },
    'consignment:stock': {
      permission: 'consignment.manage',
      handle: (input) => partners.stock(input.locationId),
    },
    'consignment:setPrice': {
      permission: 'consignment.manage',
      handle: (input, caller) => partners.setPrice(caller.actor, input),
    },
    'consignment:priceHistory': {
      permission: 'consignment.manage',
      handle: (input) => partners.priceHistory(input),
    },
    'consignment:pay': {
      permission: 'consignment.manage',
      handle: (input, caller) => payments.pay(caller.actor, input),
    },
    'consignment:payments': {
      permission: 'consignment.manage',
      handle: (input) => payments.list(input),
    },
    'consignment:paymentPdf': {
      permission: 'consignment.manage',
      handle: (input, caller) => paymentPdf.paymentPdf(caller, input.id),
    },
    'consignment:send': {
      permission: 'consignment.manage',
      handle: (input, caller) => {
        // Sending is a transfer out of the showroom or storeroom.
        authorize(caller.actor, 'stock.transfer')
        return settlements.send(caller.actor, input)
      },
    },
    'consignment:settle': {
      permission: 'consignment.manage',
      handle: (input, caller) => {
        // Writing off what the partner lost is a stock adjustment.
        if (input.lines.some((l) => l.missing > 0)) authorize(caller.actor, 'stock.adjust')
        return settlements.settle(caller.actor, input)
      },
    },
    'consignment:settlements': {
      permission: 'consignment.manage',
      handle: (input) => settlements.list(input),
    },
    'consignment:statement': {
      permission: 'consignment.manage',
      handle: (input) => statements.statement(input),
    },
    'consignment:statementPdf': {
      permission: 'consignment.manage',
      handle: (input, caller) => pdf.statementPdf(caller, input),
    },
  }
}
