import type { ProductDto } from '../../../shared/catalogue/catalogue-dto'
import { apiCall } from './api'
import type { WebApp } from './web-app'

// Arranging and reading back through the API what a spec is not about.

/** Demo products that can be scanned and are in stock, cheapest first. */
export async function scannable(web: WebApp): Promise<ProductDto[]> {
  const all = await apiCall(web, 'catalog:search', { query: '', limit: 200 })
  return all.filter((p) => p.active && p.barcode && p.onHand >= 5).sort((a, b) => a.price - b.price)
}

export const salesCount = async (web: WebApp) => (await apiCall(web, 'sales:list', {})).length

export const onHand = async (web: WebApp, id: string) =>
  (await apiCall(web, 'catalog:get', { id })).onHand

/** A product of the demo catalogue by its SKU. */
export async function demoProduct(web: WebApp, sku: string): Promise<ProductDto> {
  const found = await apiCall(web, 'catalog:search', { query: sku, limit: 10 })
  const match = found.find((p) => p.sku === sku)
  if (!match) throw new Error(`demo product ${sku} missing`)
  return match
}

/** Gives the first-run admin a PIN (which ends setup mode); returns that admin. */
export async function giveAdminPin(web: WebApp, pin: string) {
  const admin = (await apiCall(web, 'users:list', {}))[0]!
  await apiCall(web, 'users:save', {
    id: admin.id,
    name: admin.name,
    role: 'admin',
    active: true,
    pin,
  })
  return admin
}
