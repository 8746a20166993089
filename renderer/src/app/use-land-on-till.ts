import { useEffect } from 'react'

const KEY = 'etalase.lastSignedIn'

/**
 * After a sign-in by someone other than the last person in this window, open the till: the
 * next cashier must not land on the page the previous user left open (Pengaturan, Audit…).
 * The same person unlocking again (or reloading) stays where they were.
 */
export function useLandOnTillForNewPerson(userId: string | null): void {
  useEffect(() => {
    if (!userId) return
    let last: string | null = null
    try {
      last = sessionStorage.getItem(KEY)
      sessionStorage.setItem(KEY, userId)
    } catch {
      // No storage: treat every sign-in as a new person.
    }
    if (last !== userId) window.location.hash = '/kasir'
  }, [userId])
}
