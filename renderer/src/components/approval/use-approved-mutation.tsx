import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { Channel, InputOf, OutputOf } from '../../../../shared/contract'
import { ApiError } from '../../api/client'
import type { ApprovalContext } from './ApprovalDialog'
import { isApprovalCancelled, useApproval } from './use-approval'

interface Handlers<T> {
  onSuccess?: (data: T) => void
  /** A refusal or failure in words; never called when the supervisor dialog is cancelled. */
  onError?: (error: ApiError) => void
}

/**
 * `useChannelMutation` for actions main may refuse for lack of permission: the refusal
 * opens the supervisor dialog (render `dialog`), and `describe` tells it what is approved.
 */
export function useApprovedMutation<C extends Channel>(
  channel: C,
  describe: (input: InputOf<C>) => ApprovalContext = () => ({}),
) {
  const approval = useApproval()
  const client = useQueryClient()
  const mutation = useMutation<OutputOf<C>, unknown, InputOf<C>>({
    mutationFn: (input) => approval.call(channel, input, describe(input)),
    // As useChannelMutation: what the action changed is read again on every screen.
    onSuccess: () => client.invalidateQueries(),
  })
  const { mutate: run } = mutation
  const mutate = useCallback(
    (input: InputOf<C>, handlers: Handlers<OutputOf<C>> = {}) =>
      run(input, {
        onSuccess: (data) => handlers.onSuccess?.(data),
        onError: (error) => {
          if (isApprovalCancelled(error)) return
          const message = error instanceof Error ? error.message : String(error)
          handlers.onError?.(
            error instanceof ApiError
              ? error
              : new ApiError({ ok: false, code: 'INTERNAL', message }),
          )
        },
      }),
    [run],
  )
  return { mutate, isPending: mutation.isPending, dialog: approval.dialog }
}
