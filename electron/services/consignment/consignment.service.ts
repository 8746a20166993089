import type { ServiceContext } from '../core/context'
import type { SettingsService } from '../settings/settings.service'
import type { TransfersService } from '../stock/transfers.service'
import type { TillSettingsService } from '../till/till-settings.service'
import { createPartnersService } from './partners.service'
import { createPaymentPdfService } from './payment-pdf'
import { createPaymentsService } from './payments.service'
import { createSettlementService } from './settlement.service'
import { createStatementPdfService } from './statement-pdf'
import { createStatementService } from './statement.service'

/** Consignment (titip jual): partners, sending, settling, payments and the statement. */
export function createConsignmentService(
  ctx: ServiceContext,
  settings: SettingsService,
  till: TillSettingsService,
  transfers: TransfersService,
) {
  const partners = createPartnersService(ctx)
  const statements = createStatementService(ctx, partners)
  const payments = createPaymentsService(ctx)
  return {
    payments,
    paymentPdf: createPaymentPdfService(ctx, settings, payments),
    partners,
    settlements: createSettlementService(ctx, transfers, () => till.receiptFormat()),
    statements,
    pdf: createStatementPdfService(ctx, settings, statements),
  }
}

export type ConsignmentService = ReturnType<typeof createConsignmentService>
