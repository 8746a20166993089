import type { ServiceContext } from '../context'
import type { SettingsService } from '../settings.service'
import type { TransfersService } from '../stock/transfers.service'
import type { TillSettingsService } from '../till-settings.service'
import { createPartnersService } from './partners.service'
import { createSettlementService } from './settlement.service'
import { createStatementPdfService } from './statement-pdf'
import { createStatementService } from './statement.service'

/** Consignment (titip jual): partners, sending, settling and the partner's statement. */
export function createConsignmentService(
  ctx: ServiceContext,
  settings: SettingsService,
  till: TillSettingsService,
  transfers: TransfersService,
) {
  const partners = createPartnersService(ctx)
  const statements = createStatementService(ctx, partners)
  return {
    partners,
    settlements: createSettlementService(ctx, transfers, () => till.receiptFormat()),
    statements,
    pdf: createStatementPdfService(ctx, settings, statements),
  }
}

export type ConsignmentService = ReturnType<typeof createConsignmentService>
