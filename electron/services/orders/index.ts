import type { ServiceContext } from '../core/context'
import type { SettingsService } from '../settings/settings.service'
import type { TillSettingsService } from '../till/till-settings.service'
import { createBuyersService } from './buyers.service'
import { createOrderDocuments } from './order-documents'
import { createOrderShipping } from './order-ship'
import { createOrdersService } from './orders.service'
import { createProductionRequestsService } from './production-requests.service'
import { createQuotationEditing } from './quotation-edit'
import { createReservationsService } from './reservations'

/** Buyers, orders, production requests, reservations, shipping and the order documents. */
export function createOrdersArea(
  ctx: ServiceContext,
  settings: SettingsService,
  till: TillSettingsService,
  printerSettings: () => Promise<{ documentPrinter: string }>,
) {
  return {
    buyers: createBuyersService(ctx),
    orders: createOrdersService(ctx),
    quotations: createQuotationEditing(ctx),
    shipping: createOrderShipping(ctx, till),
    production: createProductionRequestsService(ctx),
    reservations: createReservationsService(ctx),
    documents: createOrderDocuments(ctx, settings, printerSettings),
  }
}

export type OrdersArea = ReturnType<typeof createOrdersArea>
