import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { InputOf, OutputOf } from '../../../../shared/contract'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { ApiError, call } from '../../api/client'

// The contract's limits for a barcode and a search text.
const MAX_BARCODE = 32
const MAX_QUERY = 100

/**
 * One-off catalogue reads the till makes on a key press (a scan, Enter in the search box).
 * They always ask main: stock moves with every sale, and a scan must see the product as it
 * is now. A scan goes straight to main, past the query cache: nothing else reads its answer,
 * and the line should be painted as soon as the answer is back (the bench times this).
 */
export function useProductLookup() {
  const client = useQueryClient()
  return useMemo(() => {
    const fetchFresh = <C extends 'catalog:byBarcode' | 'catalog:search'>(
      channel: C,
      input: InputOf<C>,
    ) =>
      client.fetchQuery<OutputOf<C>, ApiError>({
        queryKey: [channel, input],
        queryFn: () => call(channel, input),
        staleTime: 0,
      })

    const byBarcode = (barcode: string): Promise<ProductDto> =>
      call('catalog:byBarcode', { barcode })

    /**
     * What the cashier typed names exactly one product: its barcode, else its SKU
     * (case-insensitive). Null when it names none; other failures throw.
     */
    const exact = async (text: string): Promise<ProductDto | null> => {
      const wanted = text.trim()
      if (wanted === '' || wanted.length > MAX_QUERY) return null
      if (wanted.length <= MAX_BARCODE) {
        try {
          return await byBarcode(wanted)
        } catch (error) {
          if (!(error instanceof ApiError) || error.code !== 'UNKNOWN_BARCODE') throw error
        }
      }
      const found = await fetchFresh('catalog:search', { query: wanted, limit: 50 })
      const sku = wanted.toLocaleUpperCase('id-ID')
      return found.find((p) => p.sku.toLocaleUpperCase('id-ID') === sku) ?? null
    }

    return { byBarcode, exact }
  }, [client])
}
