import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { Channel, InputOf, OutputOf } from '../../../../shared/contract'
import { ApiError } from '../../api/client'
import type { ApprovalContext } from '../../components/approval/ApprovalDialog'
import { isApprovalCancelled, useApproval } from '../../components/approval/use-approval'

interface Handlers<T> {
  onSuccess?: (data: T) => void
  onError?: (error: ApiError) => void
}

/**
 * Saves a setting through main. When main refuses it for lack of permission, a supervisor
 * may approve that one change with their PIN (main checks again). Render `dialog` once.
 * Resolves true when saved; a cancelled approval is neither a success nor an error. `about`
 * tells the dialog what is approved, where the permission's name alone would not.
 */
export function useGuardedSave() {
  const client = useQueryClient()
  const { call: approvalCall, dialog } = useApproval()
  const [pending, setPending] = useState(0)

  const save = useCallback(
    async <C extends Channel>(
      channel: C,
      input: InputOf<C>,
      handlers: Handlers<OutputOf<C>> = {},
      about: ApprovalContext = {},
    ): Promise<boolean> => {
      setPending((n) => n + 1)
      try {
        const data = await approvalCall(channel, input, about)
        await client.invalidateQueries()
        handlers.onSuccess?.(data)
        return true
      } catch (error) {
        if (error instanceof ApiError) handlers.onError?.(error)
        else if (!isApprovalCancelled(error)) {
          const message = error instanceof Error ? error.message : String(error)
          handlers.onError?.(new ApiError({ ok: false, code: 'INTERNAL', message }))
        }
        return false
      } finally {
        setPending((n) => n - 1)
      }
    },
    [client, approvalCall],
  )

  return { save, pending: pending > 0, dialog }
}
