import type { Clock } from '../context'

/**
 * The one signed-in person on this till (a till is one screen, in Electron or browser
 * mode). Idle expiry is enforced here, in main, not only by the renderer's timer.
 */
export function createSession(clock: Clock) {
  let userId: string | null = null
  let lastSeen = 0
  let idleLimitMs = 0

  return {
    current(): string | null {
      if (userId && idleLimitMs > 0 && clock.now() - lastSeen > idleLimitMs) userId = null
      if (userId) lastSeen = clock.now()
      return userId
    },
    signIn(id: string) {
      userId = id
      lastSeen = clock.now()
    },
    signOut() {
      userId = null
    },
    setIdleLimit(minutes: number) {
      idleLimitMs = minutes * 60_000
    },
  }
}

export type Session = ReturnType<typeof createSession>
