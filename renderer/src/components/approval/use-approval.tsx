import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { CallOptions } from '../../../../shared/api'
import { ApiError } from '../../api/client'
import { ApprovalDialog } from './ApprovalDialog'

type Attempt<T> = (options?: CallOptions) => Promise<T>

/**
 * Runs an action; when main refuses it for lack of permission, asks a supervisor for their
 * PIN and runs the same action once more with their approval. Usage:
 *   const { run, dialog } = useApproval()
 *   await run((options) => call('sales:void', input, options))
 *   …render {dialog}
 */
export function useApproval() {
  const client = useQueryClient()
  const [opened, setOpened] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const pending = useRef<{
    attempt: Attempt<unknown>
    resolve: (v: unknown) => void
    reject: (e: unknown) => void
  } | null>(null)

  const run = useCallback(<T,>(attempt: Attempt<T>): Promise<T> => {
    return attempt().catch((err: unknown) => {
      if (!(err instanceof ApiError) || err.code !== 'FORBIDDEN') throw err
      return new Promise<T>((resolve, reject) => {
        pending.current = {
          attempt: attempt as Attempt<unknown>,
          resolve: resolve as (v: unknown) => void,
          reject,
        }
        setError(null)
        setOpened(true)
      })
    })
  }, [])

  const onApprove = (approval: { userId: string; pin: string }) => {
    const current = pending.current
    if (!current) return
    setBusy(true)
    current
      .attempt({ approval })
      .then((value) => {
        setOpened(false)
        pending.current = null
        void client.invalidateQueries()
        current.resolve(value)
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false))
  }

  const onCancel = () => {
    setOpened(false)
    pending.current?.reject(new Error('cancelled'))
    pending.current = null
  }

  const dialog = (
    <ApprovalDialog
      opened={opened}
      error={error}
      busy={busy}
      onApprove={onApprove}
      onCancel={onCancel}
    />
  )
  return { run, dialog }
}
