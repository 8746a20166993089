import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { call } from '../../api/client'

/**
 * Finds the product behind a scanned barcode or a typed SKU. Goes through the query cache
 * so the same code scanned twice is answered at once.
 */
export function useScannedProduct() {
  const client = useQueryClient()
  return useCallback(
    async (code: string): Promise<ProductDto | null> => {
      const text = code.trim()
      if (!text) return null
      try {
        return await client.fetchQuery({
          queryKey: ['catalog:byBarcode', { barcode: text }],
          queryFn: () => call('catalog:byBarcode', { barcode: text }),
          staleTime: 60_000,
        })
      } catch {
        const found = await client.fetchQuery({
          queryKey: ['catalog:search', { query: text, limit: 5, includeInactive: true }],
          queryFn: () => call('catalog:search', { query: text, limit: 5, includeInactive: true }),
          staleTime: 10_000,
        })
        return found.find((p) => p.sku.toLowerCase() === text.toLowerCase()) ?? null
      }
    },
    [client],
  )
}
