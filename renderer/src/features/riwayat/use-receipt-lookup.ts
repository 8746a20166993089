import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { InputOf, OutputOf } from '../../../../shared/contract'
import type { SaleSummaryDto } from '../../../../shared/sales/sales-dto'
import { ApiError, call } from '../../api/client'

// The contract's limits for a whole receipt number and for a part of one.
const MAX_RECEIPT_NO = 40
const MAX_QUERY = 40

type ListInput = InputOf<'sales:list'>

/**
 * The sale a typed or scanned receipt number names: the sale with exactly that number
 * (on any date), else the one listed sale under the current filters whose number contains
 * it. Null when it names none or several; other failures throw. Reads go through the query
 * cache with the keys `useChannel` uses, and a sale found is cached for the detail.
 */
export function useReceiptLookup() {
  const client = useQueryClient()
  return useCallback(
    async (
      text: string,
      filters: Omit<ListInput, 'query'>,
    ): Promise<Pick<SaleSummaryDto, 'id' | 'receiptNo'> | null> => {
      const wanted = text.trim()
      if (wanted === '') return null
      const fresh = <C extends 'sales:byReceipt' | 'sales:list'>(channel: C, input: InputOf<C>) =>
        client.fetchQuery<OutputOf<C>, ApiError>({
          queryKey: [channel, input],
          queryFn: () => call(channel, input),
          staleTime: 0,
        })
      if (wanted.length <= MAX_RECEIPT_NO) {
        try {
          const sale = await fresh('sales:byReceipt', { receiptNo: wanted })
          client.setQueryData(['sales:get', { id: sale.id }], sale)
          return sale
        } catch (error) {
          if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') throw error
        }
      }
      const listed = await fresh('sales:list', { ...filters, query: wanted.slice(0, MAX_QUERY) })
      return listed.length === 1 ? (listed[0] ?? null) : null
    },
    [client],
  )
}
