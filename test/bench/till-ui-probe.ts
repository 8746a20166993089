/**
 * The stopwatch that runs inside the page. Playwright only arms it and collects the result;
 * nothing it measures includes a round trip between the test and the browser.
 *
 * Method, per measurement:
 * - start: `performance.now()` in a keydown listener on `window`, capture phase, added by an
 *   init script before any of the app's code runs, so it sees the key first: the Enter that
 *   completes a scan burst (nothing can be looked up before it), or F12 for Pay;
 * - the DOM change: a MutationObserver (armed only while measuring) checks after each
 *   batch of mutations whether the awaited content is there: one more row in the cart's
 *   table, or a receipt number in the receipt dialog that differs from the previous one;
 * - painted: from that callback, `requestAnimationFrame` and then a MessageChannel message:
 *   the message runs as the next task, after the browser has run style, layout and paint for
 *   the frame that shows the change. `performance.now()` there is the end.
 * The request the app made for it (catalog:byBarcode, sales:checkout) is read from Resource
 * Timing, so the report can say how much of the interval was the server.
 */

export type ProbeTarget =
  { kind: 'scan'; cartLabel: string; rowsBefore: number } | { kind: 'pay'; previous: string | null }

export interface ProbeResult {
  /** Key to painted, in milliseconds. */
  ms: number
  /** Key to the DOM change being seen (the app's work and its request, before any paint). */
  domMs: number
  /** Key to the requestAnimationFrame callback of the frame that paints the change. */
  frameMs: number
  /** Duration of the app's request made for it, when one was made. */
  requestMs: number | null
  /** Key to that request leaving, and to its response having arrived. */
  requestStartMs: number | null
  requestEndMs: number | null
  /** What was found: the row count, or the receipt number. */
  text: string
}

export interface TillProbe {
  arm(target: ProbeTarget, timeoutMs: number): void
  result(): Promise<ProbeResult>
}

declare global {
  interface Window {
    __tillProbe?: TillProbe
  }
}

/** Serialised into the page by `page.addInitScript`: it must not refer to anything outside. */
export function installTillProbe(): void {
  interface Armed {
    target: ProbeTarget
    startKey: string
    request: string
    started: number | null
    done: Promise<ProbeResult>
    resolve(result: ProbeResult): void
    reject(error: Error): void
    timer: number
  }
  let armed: Armed | null = null
  let last: Promise<ProbeResult> = Promise.reject(new Error('probe not armed'))
  last.catch(() => undefined)
  performance.setResourceTimingBufferSize(100_000)

  const found = (target: ProbeTarget): string | null => {
    if (target.kind === 'scan') {
      const rows = document.querySelectorAll(
        `table[aria-label="${target.cartLabel}"] tbody tr`,
      ).length
      return rows > target.rowsBefore ? String(rows) : null
    }
    const number =
      document.querySelector('[role="dialog"] [data-testid="receipt-no"]')?.textContent?.trim() ??
      ''
    return number !== '' && number !== target.previous ? number : null
  }

  const observer = new MutationObserver(() => {
    const current = armed
    if (!current || current.started === null) return
    const text = found(current.target)
    if (text === null) return
    observer.disconnect()
    armed = null
    const started = current.started
    const seen = performance.now()
    requestAnimationFrame(() => {
      const frame = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        const ended = performance.now()
        window.clearTimeout(current.timer)
        const entry = (
          performance.getEntriesByType('resource') as PerformanceResourceTiming[]
        ).find(
          (e) =>
            e.startTime >= started &&
            decodeURIComponent(e.name).includes(`/api/${current.request}`),
        )
        performance.clearResourceTimings()
        current.resolve({
          ms: ended - started,
          domMs: seen - started,
          frameMs: frame - started,
          requestMs: entry ? entry.duration : null,
          requestStartMs: entry ? entry.startTime - started : null,
          requestEndMs: entry ? entry.responseEnd - started : null,
          text,
        })
      }
      channel.port2.postMessage(null)
    })
  })

  window.addEventListener(
    'keydown',
    (event) => {
      if (armed && armed.started === null && event.key === armed.startKey) {
        armed.started = performance.now()
      }
    },
    true,
  )

  window.__tillProbe = {
    arm(target, timeoutMs) {
      if (armed) throw new Error('probe already armed')
      let resolve!: (result: ProbeResult) => void
      let reject!: (error: Error) => void
      const done = new Promise<ProbeResult>((res, rej) => {
        resolve = res
        reject = rej
      })
      performance.clearResourceTimings()
      const current: Armed = {
        target,
        startKey: target.kind === 'scan' ? 'Enter' : 'F12',
        request: target.kind === 'scan' ? 'catalog:byBarcode' : 'sales:checkout',
        started: null,
        done,
        resolve,
        reject,
        timer: window.setTimeout(() => {
          observer.disconnect()
          armed = null
          const alert = document.querySelector('[role="alert"]')?.textContent ?? 'no message'
          reject(new Error(`${target.kind}: nothing painted in ${timeoutMs} ms (${alert})`))
        }, timeoutMs),
      }
      armed = current
      last = done
      observer.observe(document, { childList: true, subtree: true, characterData: true })
    },
    result: () => last,
  }
}
