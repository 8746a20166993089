import { useEffect, useState } from 'react'
import type { BuyerDisplayState } from '../../../../shared/push/buyer-display'
import { subscribeTopic, type PushStatus } from '../../api/push'

/** The buyer display state as main pushes it; null until the first value arrives. */
export function useBuyerDisplay(key: string | null) {
  const [state, setState] = useState<BuyerDisplayState | null>(null)
  const [status, setStatus] = useState<PushStatus>('connecting')
  useEffect(() => subscribeTopic('buyer-display', key, setState, setStatus), [key])
  return { state, status }
}
