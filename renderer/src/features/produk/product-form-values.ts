import type { InputOf } from '../../../../shared/contract'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'

export interface ProductFormValues {
  name: string
  sku: string
  barcode: string
  categoryId: string | null
  unit: string
  /** '' while the field is empty; NumberInput hands back numbers once something is typed. */
  price: number | string
  cost: number | string
  workshopId: string | null
  active: boolean
}

export const emptyProduct: ProductFormValues = {
  name: '',
  sku: '',
  barcode: '',
  categoryId: null,
  unit: 'pcs',
  price: '',
  cost: '',
  workshopId: null,
  active: true,
}

export const productToValues = (p: ProductDto): ProductFormValues => ({
  name: p.name,
  sku: p.sku,
  barcode: p.barcode ?? '',
  categoryId: p.categoryId,
  unit: p.unit,
  price: p.price,
  cost: p.cost,
  workshopId: p.workshopId,
  active: p.active,
})

/** The server validates again and is the authority; numbers pass through unchanged. */
export const valuesToInput = (v: ProductFormValues): InputOf<'catalog:create'> => ({
  name: v.name.trim(),
  sku: v.sku.trim(),
  barcode: v.barcode.trim(),
  categoryId: v.categoryId,
  unit: v.unit.trim(),
  price: Number(v.price),
  cost: Number(v.cost),
  workshopId: v.workshopId,
  active: v.active,
})
