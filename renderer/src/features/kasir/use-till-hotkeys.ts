import { useEffect, useRef, type RefObject } from 'react'

export interface TillHotkeyHandlers {
  focusSearch(): void
  focusQty(): void
  focusCash(): void
  addQris(): void
  lineDiscount(): void
  cartDiscount(): void
  overridePrice(): void
  hold(): void
  showHeld(): void
  toggleTiles(): void
  pay(): void
  changeQty(delta: number): void
  removeSelected(): void
  moveSelection(delta: number): void
  escape(): void
}

interface Options {
  enabled: boolean
  /** The search box: while it is empty, the cart keys (+ − Del ↑ ↓) work from it too. */
  searchRef: RefObject<HTMLInputElement | null>
  /** True while the key belongs to a scanner burst (a barcode may contain '-'). */
  inBurst: () => boolean
  handlers: TillHotkeyHandlers
}

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable)

const insideDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('[role="dialog"], .mantine-Modal-root') !== null

/**
 * The till's shortcuts. Function keys work everywhere on the till; the cart keys work when
 * focus is not in a field (or the search box is empty), so typing `GN-001` still types.
 * Listens in the bubble phase: fields that handle a key themselves stop it first.
 */
export function useTillHotkeys({ enabled, searchRef, inBurst, handlers }: Options) {
  const latest = useRef({ handlers, inBurst })
  useEffect(() => {
    latest.current = { handlers, inBurst }
  }, [handlers, inBurst])

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return
      const { handlers: h, inBurst: burst } = latest.current
      const search = searchRef.current
      const free =
        !isEditable(event.target) ||
        (search !== null && event.target === search && search.value === '')
      const run = (action: () => void) => {
        event.preventDefault()
        action()
      }
      switch (event.key) {
        case 'F2':
          return run(h.focusSearch)
        case 'F3':
          return run(h.focusQty)
        case 'F4':
          return run(h.focusCash)
        case 'F5':
          return run(h.addQris)
        case 'F6':
          return run(event.shiftKey ? h.cartDiscount : h.lineDiscount)
        case 'F7':
          return run(h.overridePrice)
        case 'F8':
          return run(h.hold)
        case 'F9':
          return run(h.showHeld)
        // F1, not F11: F11 is full screen in every browser and in Electron's default menu.
        case 'F1':
          return run(h.toggleTiles)
        case 'F12':
          return run(h.pay)
        case 'Escape':
          // An Esc that closed a dialog (QRIS, discount…) bubbles on to the window after the
          // dialog is gone: it was that dialog's Esc, never a step toward cancelling the sale.
          if (event.defaultPrevented || insideDialog(event.target)) return
          return run(h.escape)
        case '+':
          if (free && !burst()) run(() => h.changeQty(1))
          return
        case '-':
          if (free && !burst()) run(() => h.changeQty(-1))
          return
        case 'Delete':
          if (free) run(h.removeSelected)
          return
        case 'ArrowUp':
          if (free) run(() => h.moveSelection(-1))
          return
        case 'ArrowDown':
          if (free) run(() => h.moveSelection(1))
          return
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [enabled, searchRef])
}
