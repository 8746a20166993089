import type { hubviewChannelNames } from '../../../shared/contracts/hubview.names'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Clock } from '../../services/core/context'
import { businessDate } from '../../services/reports/report-period'
import { createHubView } from '../../services/sync/hub-view'
import type { PartialHandlerTable } from '../handler-types'

/** Laporan's and Stok's "all tills (hub)" scope: who may read reports, who may see stock. */
export function hubviewHandlers(
  db: Kysely<Database>,
  deviceId: string,
  clock: Clock,
): PartialHandlerTable<(typeof hubviewChannelNames)[number]> {
  const view = createHubView(db, deviceId)
  return {
    'hubview:sales': {
      permission: 'reports.view',
      handle: (input) => view.sales(input),
    },
    'hubview:stock': {
      permission: 'app.use',
      handle: () => view.stock(),
    },
    // As the single-till reports: reports.view to read, cost.view for the cost columns.
    'hubview:hasilKerja': {
      permission: 'reports.view',
      handle: (input, caller) =>
        view.hasilKerja(
          input,
          caller.actor.permissions.has('cost.view'),
          businessDate(clock.now()),
        ),
    },
    'hubview:pnbp': {
      permission: 'reports.view',
      handle: (input) => view.pnbp(input.month),
    },
  }
}
