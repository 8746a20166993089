/** Data shapes of the catalogue area (split out of the old shared/dto.ts). */

export interface Option {
  id: string
  name: string
}

export interface CatalogOptions {
  workshops: Option[]
  categories: Option[]
  locations: Array<Option & { kind: 'showroom' | 'storeroom' | 'event' | 'consignment' }>
  units: string[]
}

export interface ProductDto {
  id: string
  sku: string
  barcode: string | null
  name: string
  categoryId: string | null
  categoryName: string | null
  unit: string
  price: number
  cost: number
  workshopId: string | null
  workshopName: string | null
  active: boolean
  /** Units on hand across all locations, derived from stock movements. */
  onHand: number
}
