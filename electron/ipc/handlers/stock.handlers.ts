import type { stockChannelNames } from '../../../shared/contracts/stock.names'
import { writeOffKinds } from '../../../shared/stock/movement-reasons'
import type { Services } from '../../core/services'
import { authorize } from '../authorize'
import type { PartialHandlerTable } from '../handler-types'

export function stockHandlers(
  services: Services,
): PartialHandlerTable<(typeof stockChannelNames)[number]> {
  const { locations, transfers, docs, exhibitions, levels, pdf } = services.stock
  return {
    // The till's location picker and every stock screen read locations.
    'stock:locations': {
      permission: 'app.use',
      handle: (input) => locations.list(input.includeInactive),
    },
    'stock:saveLocation': {
      permission: 'settings.manage',
      handle: (input, caller) => locations.save(caller.actor, input),
    },
    'stock:saveExhibition': {
      permission: 'stock.transfer',
      handle: (input, caller) => locations.saveExhibition(caller.actor, input),
    },
    'stock:closeExhibition': {
      permission: 'stock.transfer',
      handle: (input, caller) => {
        // Closing writes off what did not come back.
        authorize(caller.actor, 'stock.adjust')
        return exhibitions.close(caller.actor, input)
      },
    },
    'stock:exhibitionReport': {
      permission: 'stock.transfer',
      handle: (input) => exhibitions.report(input.locationId),
    },
    'stock:exhibitionReportPdf': {
      permission: 'stock.transfer',
      handle: (input, caller) => pdf.exhibitionReport(caller, input.locationId),
    },
    'stock:postDocument': {
      permission: 'stock.receive',
      handle: (input, caller) => {
        if ((writeOffKinds as readonly string[]).includes(input.kind)) {
          authorize(caller.actor, 'stock.adjust')
        }
        return docs.post(caller.actor, input)
      },
    },
    'stock:documents': {
      permission: 'stock.receive',
      handle: (input) => docs.list(input),
    },
    'stock:document': {
      permission: 'stock.receive',
      handle: (input, caller) => docs.get(caller.actor, input.id),
    },
    'stock:documentPdf': {
      permission: 'stock.receive',
      handle: (input, caller) => pdf.document(caller, input.id),
    },
    'stock:transfers': {
      permission: 'stock.transfer',
      handle: (input) => transfers.list(input),
    },
    'stock:transfer': {
      permission: 'stock.transfer',
      handle: (input) => transfers.get(input.id),
    },
    'stock:saveTransfer': {
      permission: 'stock.transfer',
      handle: (input, caller) => transfers.save(caller.actor, input),
    },
    'stock:sendTransfer': {
      permission: 'stock.transfer',
      handle: (input, caller) => transfers.send(caller.actor, input.id),
    },
    'stock:cancelTransfer': {
      permission: 'stock.transfer',
      handle: (input, caller) => transfers.cancel(caller.actor, input.id),
    },
    'stock:receiveTransfer': {
      permission: 'stock.transfer',
      handle: (input, caller) => transfers.receive(caller.actor, input),
    },
    'stock:transferPdf': {
      permission: 'stock.transfer',
      handle: (input, caller) => pdf.packingList(caller, input.id),
    },
    // Cashiers look up stock too; cost columns need cost.view (checked in the service).
    'stock:levels': {
      permission: 'app.use',
      handle: (input, caller) => levels.levels(caller.actor, input),
    },
    'stock:levelTotals': {
      permission: 'app.use',
      handle: (input, caller) => levels.totals(caller.actor, input),
    },
    'stock:card': {
      permission: 'app.use',
      handle: (input, caller) => levels.card(caller.actor, input),
    },
    'stock:setReorderLevel': {
      permission: 'manage.products',
      handle: (input) => levels.setReorderLevel(input.productId, input.reorderLevel),
    },
    'stock:verify': {
      permission: 'stock.adjust',
      handle: () => levels.verify(),
    },
  }
}
