import type { InputOf } from '../../shared/contract'
import type { ProductDto } from '../../shared/dto'
import type { TestCore } from './test-core'

let counter = 0

export function productInput(
  overrides: Partial<InputOf<'catalog:create'>> = {},
): InputOf<'catalog:create'> {
  counter += 1
  return {
    name: `Gantungan Kunci Getah Nyatu ${counter}`,
    sku: `GN-T${counter}`,
    barcode: `20${String(counter).padStart(11, '0')}`,
    categoryId: null,
    unit: 'pcs',
    price: 15000,
    cost: 6000,
    workshopId: null,
    active: true,
    ...overrides,
  }
}

/** A product with `stock` units received into the showroom. */
export async function stockedProduct(
  core: TestCore,
  stock: number,
  overrides: Partial<InputOf<'catalog:create'>> = {},
): Promise<ProductDto> {
  const product = await core.must('catalog:create', productInput(overrides))
  if (stock > 0) await core.must('stock:receive', { productId: product.id, qty: stock })
  return core.must('catalog:get', { id: product.id })
}

let saleCounter = 0
export const saleId = () => `0190a000-0000-7000-8000-${String(++saleCounter).padStart(12, '0')}`

/** Row counts of every ledger and catalogue table: "nothing was written" means these are equal. */
export async function tableCounts(core: TestCore): Promise<Record<string, number>> {
  const tables = [
    'products',
    'categories',
    'workshops',
    'stock_movements',
    'stock_levels',
    'sales',
    'sale_lines',
    'payments',
    'receipt_counters',
    'settings',
  ]
  const counts: Record<string, number> = {}
  for (const table of tables) {
    counts[table] = core.database.raw
      .prepare(`select count(*) from ${table}`)
      .pluck()
      .get() as number
  }
  return counts
}
