import type { ProductDto } from '../../../shared/catalogue/catalogue-dto'
import { makeTillEan13, MAX_TILL_EAN_SEQUENCE } from '../../../shared/labels/ean13'
import { readDeviceCode } from '../core/device-code'
import { renderLabelPages } from '../../../shared/labels/label-svg'
import type { RenderedLabels } from '../../../shared/labels/label-svg'
import type {
  LabelOptions,
  LabelSheet,
  LabelTemplateId,
} from '../../../shared/labels/label-templates'
import { recordAudit } from '../core/audit-writer'
import type { CatalogService } from '../catalogue/catalog.service'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { createSettingsService } from '../settings/settings.service'

export interface LabelRenderInput {
  items: Array<{ productId: string; copies: number }>
  template: LabelTemplateId
  sheet?: LabelSheet | undefined
  options: LabelOptions
}

/** Product labels (SVG pages) and in-store EAN-13 codes for products that have none. */
export function createLabelPrintingService(ctx: ServiceContext, catalog: CatalogService) {
  const { db } = ctx

  async function render(input: LabelRenderInput): Promise<RenderedLabels> {
    const ids = [...new Set(input.items.map((item) => item.productId))]
    const rows = await db
      .selectFrom('products')
      .select(['id', 'name', 'price', 'barcode'])
      .where('id', 'in', ids)
      .execute()
    const byId = new Map(rows.map((row) => [row.id, row]))
    const products = input.items.map((item) => {
      const row = byId.get(item.productId)
      if (!row) throw new AppError('NOT_FOUND')
      if (!row.barcode) throw new AppError('PRODUCT_HAS_NO_BARCODE', { name: row.name })
      return {
        productId: row.id,
        name: row.name,
        price: row.price,
        code: row.barcode,
        copies: item.copies,
      }
    })
    const { toSVG } = await import('bwip-js/generic')
    return renderLabelPages(
      { products, template: input.template, sheet: input.sheet, options: input.options },
      toSVG,
    )
  }

  /**
   * Gives each listed product that has no barcode the next free in-store EAN-13: `20`, a
   * ten-digit sequence, the check digit. The sequence only grows (it is stored), so a code
   * printed on an old label is never handed to another product; codes already taken (typed
   * in by hand) are skipped. Products that already have a barcode are left alone.
   */
  async function assignBarcodes(
    actor: Actor,
    productIds: string[] | 'all-missing',
  ): Promise<ProductDto[]> {
    const assigned = await db.transaction().execute(async (trx) => {
      let targets: Array<{ id: string; barcode: string | null }>
      if (productIds === 'all-missing') {
        targets = await trx
          .selectFrom('products')
          .select(['id', 'barcode'])
          .where('barcode', 'is', null)
          .where('active', '=', 1)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      } else {
        const unique = [...new Set(productIds)]
        const found = await trx
          .selectFrom('products')
          .select(['id', 'barcode'])
          .where('id', 'in', unique)
          .execute()
        if (found.length !== unique.length) throw new AppError('NOT_FOUND')
        const order = new Map(unique.map((id, index) => [id, index]))
        targets = found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      }
      const missing = targets.filter((product) => product.barcode === null)
      if (missing.length === 0) return []
      const taken = new Set(
        (
          await trx
            .selectFrom('products')
            .select('barcode')
            .where('barcode', 'like', '2%')
            .execute()
        ).map((row) => row.barcode),
      )
      const settings = createSettingsService(trx)
      let seq = (await settings.get('labels.inStoreEanSeq')) ?? 0
      // The till's own block (from its code): another till never makes the same code.
      const tillCode = await readDeviceCode(trx)
      const now = ctx.clock.now()
      const codes: Array<{ id: string; code: string }> = []
      for (const product of missing) {
        let code: string
        do {
          seq += 1
          if (seq > MAX_TILL_EAN_SEQUENCE) {
            throw new AppError('TOO_BIG', { max: MAX_TILL_EAN_SEQUENCE })
          }
          code = makeTillEan13(tillCode, seq)
        } while (taken.has(code))
        taken.add(code)
        await trx
          .updateTable('products')
          .set({ barcode: code, updated_at: now })
          .where('id', '=', product.id)
          .where('barcode', 'is', null)
          .execute()
        codes.push({ id: product.id, code })
      }
      await settings.set('labels.inStoreEanSeq', seq)
      await recordAudit(trx, ctx, actor, {
        action: 'product.assignBarcodes',
        detail: {
          count: codes.length,
          first: codes[0]?.code ?? null,
          last: codes[codes.length - 1]?.code ?? null,
        },
      })
      return codes
    })
    return Promise.all(assigned.map(({ id }) => catalog.get(id)))
  }

  return { render, assignBarcodes }
}
