import { useEffect, useRef, useState } from 'react'
import { ScanDetector } from './scan-detector'

/** The focused text field as it was before a burst began, so the scan can be taken out of it. */
interface FieldSnapshot {
  field: HTMLInputElement | HTMLTextAreaElement | null
  value: string
  selectionStart: number | null
  selectionEnd: number | null
}

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock'])

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'number', 'email', 'url', 'password'])

/** A field that takes typed characters: there, only scanner speed makes keys a scan. */
function textField(target: EventTarget | null): HTMLInputElement | HTMLTextAreaElement | null {
  if (target instanceof HTMLTextAreaElement) return target
  if (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) return target
  return null
}

function snapshot(target: EventTarget | null): FieldSnapshot {
  const field = textField(target)
  return {
    field,
    value: field?.value ?? '',
    selectionStart: field?.selectionStart ?? null,
    selectionEnd: field?.selectionEnd ?? null,
  }
}

/**
 * Puts the field back as it was. The value goes through the prototype's setter and an
 * `input` event so React (and any formatter on the field) sees the change like typing.
 */
function restore({ field, value, selectionStart, selectionEnd }: FieldSnapshot): void {
  if (!field || !field.isConnected || field.value === value) return
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set
  if (!setter) return
  setter.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
  try {
    field.setSelectionRange(selectionStart, selectionEnd)
  } catch {
    // Some input types (number) have no selection; the value is what matters.
  }
}

export interface BarcodeScanner {
  /** True while the current key is part of a fast burst, so shortcuts (+, −) must ignore it. */
  inBurst(): boolean
}

/**
 * A keyboard-wedge scanner on the till: listens to every key on the window (capture phase,
 * before any field sees it), recognises a scan wherever focus is, swallows its Enter so it
 * neither submits a form nor presses a button, and removes the scanned characters from the
 * field they landed in. Slow typing in a field passes through untouched (see ScanDetector).
 * Timing uses the events' own time stamps, which the OS sets when the key arrives, so a
 * busy renderer does not make a scanner look slow.
 *
 * `enabled` is false while a dialog has the keys (a discount and its reason, a reference, a
 * supervisor's PIN): the listener is then gone, so keys there are only typing, however fast.
 * The till's own state says so, not the DOM: a dialog that is fading out still holds focus
 * for a moment, and the first keys of the next scan must not be lost to it.
 */
export function useBarcodeScanner(onScan: (code: string) => void, enabled = true): BarcodeScanner {
  const [scanner] = useState(() => new ScanDetector<FieldSnapshot>())
  const onScanRef = useRef(onScan)
  useEffect(() => {
    onScanRef.current = onScan
  }, [onScan])

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) {
        scanner.reset()
        return
      }
      if (event.key === 'Enter') {
        const scan = scanner.enter(event.timeStamp)
        if (!scan) return
        event.preventDefault()
        event.stopPropagation()
        restore(scan.origin)
        onScanRef.current(scan.code)
        return
      }
      if (event.key.length === 1 && event.key !== ' ') {
        const inField =
          textField(event.target) !== null ||
          (event.target instanceof HTMLElement && event.target.isContentEditable)
        scanner.char(event.key, event.timeStamp, inField, () => snapshot(event.target))
        return
      }
      if (!MODIFIER_KEYS.has(event.key)) scanner.reset()
    }
    // A click moves the cashier's attention: keys before it belong to nothing after it.
    const onPointerDown = () => scanner.reset()
    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('pointerdown', onPointerDown, true)
      scanner.reset()
    }
  }, [enabled, scanner])

  return { inBurst: () => scanner.inBurst() }
}
