import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Channel, InputOf, OutputOf } from '../../../../shared/contract'
import { isApprovable, type Permission } from '../../../../shared/permissions'
import { ApiError, call } from '../../api/client'
import { useChannel } from '../../api/hooks'
import { useStableCallback } from '../use-stable-callback'
import { ApprovalDialog, type ApprovalContext } from './ApprovalDialog'

/** Thrown (and usually ignored) when the supervisor dialog is closed without approving. */
export class ApprovalCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'ApprovalCancelled'
  }
}

export const isApprovalCancelled = (error: unknown): boolean => error instanceof ApprovalCancelled

/** The permission main refused, when a supervisor could approve it. */
function approvableRefusal(error: unknown): Permission | null {
  if (!(error instanceof ApiError) || error.code !== 'FORBIDDEN') return null
  const permission = error.err.params?.permission
  return typeof permission === 'string' && isApprovable(permission) ? permission : null
}

interface Pending {
  channel: Channel
  input: unknown
  grants: string[]
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * The one way a screen runs an action that main may refuse for lack of permission:
 *   const approval = useApproval()
 *   await approval.call('sales:void', input, { action, subject, amount })
 *   …render {approval.dialog}
 * On a refusal a supervisor could approve, the dialog asks for their PIN; main answers with
 * a single-use grant for exactly this call, and the call goes again carrying only that
 * grant. If main then asks for a second permission (a discount AND a price change), the
 * dialog asks again. The PIN never leaves the dialog's state.
 */
export function useApproval() {
  const client = useQueryClient()
  const info = useChannel('app:info', {})
  const [permission, setPermission] = useState<Permission | null>(null)
  const [context, setContext] = useState<ApprovalContext>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const pending = useRef<Pending | null>(null)

  const approvalCall = useCallback(
    <C extends Channel>(
      channel: C,
      input: InputOf<C>,
      about: ApprovalContext = {},
    ): Promise<OutputOf<C>> =>
      call(channel, input).catch((err: unknown) => {
        const needed = approvableRefusal(err)
        if (!needed) throw err
        return new Promise<OutputOf<C>>((resolve, reject) => {
          pending.current = {
            channel,
            input,
            grants: [],
            resolve: resolve as (v: unknown) => void,
            reject,
          }
          setContext(about)
          setError(null)
          setPermission(needed)
        })
      }),
    [],
  )

  const onApprove = useStableCallback(
    ({ supervisorId, pin }: { supervisorId: string; pin: string }) => {
      const current = pending.current
      if (!current || !permission) return
      setBusy(true)
      setError(null)
      const { channel, input } = current
      call('approvals:request', { supervisorId, pin, permission, channel, input })
        .then(async ({ grant }) => {
          current.grants.push(grant)
          try {
            const value = await call(channel, input as never, { grants: current.grants })
            setPermission(null)
            pending.current = null
            void client.invalidateQueries()
            current.resolve(value)
          } catch (err) {
            // A second permission is missing: ask again, keeping the grant already given.
            const next = approvableRefusal(err)
            if (next && next !== permission) {
              setPermission(next)
              return
            }
            setPermission(null)
            pending.current = null
            current.reject(err)
          }
        })
        .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
        .finally(() => setBusy(false))
    },
  )

  const onCancel = useStableCallback(() => {
    setPermission(null)
    pending.current?.reject(new ApprovalCancelled())
    pending.current = null
  })

  // The same element while nothing about the dialog changed: the (memoised) dialog then skips
  // the re-render of the screen around it, such as the till's at every scan.
  const requester = info.data?.user?.name ?? ''
  const dialog = useMemo(
    () => (
      <ApprovalDialog
        opened={permission !== null}
        permission={permission}
        context={context}
        requester={requester}
        error={error}
        busy={busy}
        onApprove={onApprove}
        onCancel={onCancel}
      />
    ),
    [permission, context, requester, error, busy, onApprove, onCancel],
  )
  return { call: approvalCall, dialog, opened: permission !== null }
}
