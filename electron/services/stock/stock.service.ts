import type { ServiceContext } from '../core/context'
import type { SettingsService } from '../settings/settings.service'
import { createExhibitionsService } from './exhibitions.service'
import { createLocationsService } from './locations.service'
import { createStockDocsService } from './stock-docs.service'
import { createStockLevelsService } from './stock-levels.service'
import { createStockPdfService } from './stock-pdf'
import { createTransfersService } from './transfers.service'

/** Locations, exhibitions, stock documents, transfers, levels, the stock card and printing. */
export function createStockService(ctx: ServiceContext, settings: SettingsService) {
  const locations = createLocationsService(ctx)
  const transfers = createTransfersService(ctx)
  const docs = createStockDocsService(ctx)
  const exhibitions = createExhibitionsService(ctx, locations, transfers)
  return {
    locations,
    transfers,
    docs,
    exhibitions,
    levels: createStockLevelsService(ctx),
    pdf: createStockPdfService(ctx, settings, docs, transfers, exhibitions),
  }
}

export type StockService = ReturnType<typeof createStockService>
