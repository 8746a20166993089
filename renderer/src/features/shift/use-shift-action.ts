import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import type { Channel, InputOf, OutputOf } from '../../../../shared/contract'
import { ApiError } from '../../api/client'
import { useApproval } from '../../components/approval/use-approval'

/**
 * One write on the shift screen. When main refuses it for lack of permission (a cashier
 * opening the drawer, closing someone else's shift), a supervisor approves it with their
 * PIN and the same call runs once more. Resolves `{ data }` when done (a channel's output
 * may itself be null), null when refused or cancelled. Render `dialog` outside the form.
 */
export function useShiftAction<C extends Channel>(channel: C) {
  const client = useQueryClient()
  const { call: approvalCall, dialog } = useApproval()
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  const submit = useCallback(
    async (input: InputOf<C>): Promise<{ data: OutputOf<C> } | null> => {
      setPending(true)
      setError(null)
      try {
        const result = await approvalCall(channel, input)
        void client.invalidateQueries()
        return { data: result }
      } catch (err) {
        // A supervisor who cancels the approval leaves the form as it was, without a message.
        if (err instanceof ApiError) setError(err)
        return null
      } finally {
        setPending(false)
      }
    },
    [channel, client, approvalCall],
  )

  const reset = useCallback(() => setError(null), [])
  return { submit, pending, error, reset, dialog }
}
