import { useEffect } from 'react'
import { call } from '../api/client'

/**
 * Locks the till after `minutes` without keyboard, mouse or touch. Main enforces the same
 * limit on its side; this makes the screen follow at once.
 */
export function useIdleLock(minutes: number, onLocked: () => void) {
  useEffect(() => {
    if (minutes <= 0) return
    let timer = 0
    const arm = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        void call('auth:lock', {}).then(onLocked)
      }, minutes * 60_000)
    }
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const
    for (const e of events) window.addEventListener(e, arm, { passive: true })
    arm()
    return () => {
      window.clearTimeout(timer)
      for (const e of events) window.removeEventListener(e, arm)
    }
  }, [minutes, onLocked])
}
