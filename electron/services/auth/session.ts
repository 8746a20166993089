import { randomUUID } from 'node:crypto'
import type { Clock } from '../core/context'

/**
 * The one signed-in person on this till (a till is one screen, in Electron or browser
 * mode). Idle expiry is enforced here, in main, not only by the renderer's timer. Each
 * sign-in gets a fresh id: approvals are bound to it, so a grant dies with the session.
 */
export function createSession(clock: Clock) {
  let userId: string | null = null
  let sessionId: string | null = null
  let pinChangeRequired = false
  let lastSeen = 0
  let idleLimitMs = 0

  const end = () => {
    userId = null
    sessionId = null
    pinChangeRequired = false
  }

  return {
    current(): string | null {
      if (userId && idleLimitMs > 0 && clock.now() - lastSeen > idleLimitMs) end()
      if (userId) lastSeen = clock.now()
      return userId
    },
    /** The id of the current sign-in (null while locked or in setup mode). */
    id(): string | null {
      return userId ? sessionId : null
    },
    /** Signed in with a PIN shorter than the role now needs: only a PIN change is allowed. */
    pinChangeRequired(): boolean {
      return userId !== null && pinChangeRequired
    },
    signIn(id: string, options: { pinChangeRequired?: boolean } = {}) {
      userId = id
      sessionId = randomUUID()
      pinChangeRequired = options.pinChangeRequired ?? false
      lastSeen = clock.now()
    },
    pinChanged() {
      pinChangeRequired = false
    },
    signOut() {
      end()
    },
    setIdleLimit(minutes: number) {
      idleLimitMs = minutes * 60_000
    },
  }
}

export type Session = ReturnType<typeof createSession>
