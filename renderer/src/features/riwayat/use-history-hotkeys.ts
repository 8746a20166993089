import { useEffect, useRef } from 'react'

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable)

/**
 * F3 anywhere, or "/" outside a text field, goes to the receipt search. Off while a dialog
 * that takes typing (void, return) is open.
 */
export function useHistoryHotkeys(enabled: boolean, focusSearch: () => void) {
  const latest = useRef(focusSearch)
  useEffect(() => {
    latest.current = focusSearch
  }, [focusSearch])

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return
      if (event.key === 'F3' || (event.key === '/' && !isEditable(event.target))) {
        event.preventDefault()
        latest.current()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
