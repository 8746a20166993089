import { useCallback, useState } from 'react'
import type { CountSessionDto } from '../../../../shared/opname/opname-dto'

const key = (countId: string) => `etalase.opname.session.${countId}`

/**
 * The counting session this window is working in. Kept in sessionStorage so a reload
 * (or a glance at another screen) does not start a new session for the same counter.
 */
export function useCountSession(countId: string, sessions: CountSessionDto[]) {
  const [sessionId, setSessionId] = useState<string | null>(() => {
    try {
      return sessionStorage.getItem(key(countId))
    } catch {
      return null
    }
  })
  const choose = useCallback(
    (id: string | null) => {
      try {
        if (id) sessionStorage.setItem(key(countId), id)
        else sessionStorage.removeItem(key(countId))
      } catch {
        // Storage unavailable: the session lasts as long as this screen.
      }
      setSessionId(id)
    },
    [countId],
  )
  const session = sessions.find((s) => s.id === sessionId) ?? null
  return { session, sessionId: session ? sessionId : null, choose }
}
