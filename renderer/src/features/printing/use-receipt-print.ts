import { useCallback, useRef, useState } from 'react'
import type { ReceiptPrintResultDto } from '../../../../shared/printing/printing-dto'
import { ApiError, call } from '../../api/client'

export interface ReceiptPrintInput {
  saleId: string
  copy: boolean
}

export type ReceiptPrintState =
  | { status: 'idle' }
  | { status: 'printing'; input: ReceiptPrintInput }
  | { status: 'done'; input: ReceiptPrintInput; result: ReceiptPrintResultDto }
  | { status: 'failed'; input: ReceiptPrintInput; error: ApiError }

const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError({
        ok: false,
        code: 'INTERNAL',
        message: error instanceof Error ? error.message : String(error),
      })

/**
 * Sends a recorded sale's receipt to the receipt printer and keeps what happened for the
 * screen. The sale is already committed: a failure here is only about paper, so it is shown
 * with Retry and never thrown at the till. Calls `call` directly: a print changes no data
 * the screens show, so nothing needs refetching.
 */
export function useReceiptPrint() {
  const [state, setState] = useState<ReceiptPrintState>({ status: 'idle' })
  const busy = useRef(false)

  const print = useCallback(async (input: ReceiptPrintInput) => {
    if (busy.current) return
    busy.current = true
    setState({ status: 'printing', input })
    try {
      const result = await call('print:receipt', input)
      setState({ status: 'done', input, result })
    } catch (error) {
      setState({ status: 'failed', input, error: asApiError(error) })
    } finally {
      busy.current = false
    }
  }, [])

  const retry = useCallback(() => {
    if (state.status === 'failed') void print(state.input)
  }, [state, print])

  const reset = useCallback(() => setState({ status: 'idle' }), [])

  return { state, print, retry, reset }
}

export type ReceiptPrinter = ReturnType<typeof useReceiptPrint>
