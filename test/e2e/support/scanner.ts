import type { Locator, Page } from '@playwright/test'

/**
 * A hardware (keyboard-wedge) scanner into whatever has focus: the code's keys 4 ms apart by
 * their own time stamps, then Enter. The OS stamps real key events when they arrive;
 * Playwright's `keyboard.type` is stamped when the browser gets round to it, which on a loaded
 * machine can be 100 ms apart and look human. Inside a text field only scanner speed makes keys
 * a scan, so every spec sends scans this one way, with Chrome's `Input.dispatchKeyEvent`
 * `timestamp`.
 */
export async function hardwareScan(page: Page, code: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const start = Date.now() / 1000
  const keys = [...code].map((ch) => ({ key: ch, text: ch, unmodifiedText: ch }))
  const enter = {
    key: 'Enter',
    code: 'Enter',
    text: '\r',
    unmodifiedText: '\r',
    windowsVirtualKeyCode: 13,
  }
  for (const [i, key] of [...keys, enter].entries()) {
    const timestamp = start + i * 0.004
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, timestamp })
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: key.key,
      timestamp: timestamp + 0.001,
    })
  }
  await cdp.detach()
}

/** Puts the cursor in a scan field and scans `code` into it `times` times. */
export async function scanInto(field: Locator, code: string, times = 1): Promise<void> {
  await field.focus()
  for (let i = 0; i < times; i++) await hardwareScan(field.page(), code)
}
