/**
 * Which component the page spends its time in, from a V8 CPU profile (CDP `Profiler`) taken
 * over a few scans and payments: the bench names the slowest component so the next person
 * knows where to look (issue 18). The renderer is built with function names kept
 * (electron.vite.config.ts), so the profile's frames carry the components' own names.
 *
 * Each sample's time goes to the innermost component on its stack (a function named like a
 * component: `TillScreen`, Mantine's `_Box`): the time of that component's own render and
 * hooks, without its children, as React's profiler calls "self". Samples with no component on
 * the stack go to what they are: React's own work (reconciling, committing), the browser's
 * native work (V8's "(program)", over the whole window the profiler was on, so larger than
 * the event itself), garbage collection, or other script. Mantine's `_Box` is every Box at
 * once: the base of most Mantine components.
 */

export interface CpuProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}

export interface CpuProfile {
  nodes: CpuProfileNode[]
  samples: number[]
  /** Microseconds between samples. */
  timeDeltas: number[]
}

export interface RenderShare {
  name: string
  /** Milliseconds per measured event (a scan or a payment). */
  msPerEvent: number
}

const COMPONENT_NAME = /^_?[A-Z][A-Za-z0-9]*$/
// React's work loop and commit (react-dom's internals keep their names in the build).
const REACT_INTERNAL =
  /^(performWorkOnRoot|performWorkUntilDeadline|renderRootSync|workLoop|beginWork|completeWork|commitRoot|flushPassiveEffects|flushSyncWork|processRootScheduleInMicrotask|reconcile)/

// V8's "(program)": native work outside script over the whole profiled window (input
// dispatch, style, layout, paint, messaging), not only the measured event's frame.
export const BROWSER = '(browser, outside script)'
export const REACT = '(React: reconcile and commit)'
export const OTHER_SCRIPT = '(other script)'
const IGNORED = new Set(['(idle)', '(root)'])

export const isComponentName = (name: string): boolean => COMPONENT_NAME.test(name)

/** Time per bucket, summed over the profiles and divided by the number of events. */
export function renderShares(profiles: CpuProfile[], events: number): RenderShare[] {
  const totals = new Map<string, number>()
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]))
    const parentOf = new Map<number, number>()
    for (const node of profile.nodes) {
      for (const child of node.children ?? []) parentOf.set(child, node.id)
    }
    const bucketCache = new Map<number, string | null>()
    const bucketOf = (leafId: number): string | null => {
      const cached = bucketCache.get(leafId)
      if (cached !== undefined) return cached
      const leaf = byId.get(leafId)
      let bucket: string | null = null
      if (leaf) {
        const leafName = leaf.callFrame.functionName
        if (IGNORED.has(leafName)) bucket = null
        else if (leafName === '(program)') bucket = BROWSER
        else if (leafName === '(garbage collector)') bucket = '(garbage collection)'
        else {
          let sawReact = false
          for (let id: number | undefined = leafId; id !== undefined; id = parentOf.get(id)) {
            const name = byId.get(id)?.callFrame.functionName ?? ''
            if (isComponentName(name)) {
              bucket = name
              break
            }
            if (REACT_INTERNAL.test(name)) sawReact = true
          }
          bucket ??= sawReact ? REACT : OTHER_SCRIPT
        }
      }
      bucketCache.set(leafId, bucket)
      return bucket
    }
    profile.samples.forEach((id, i) => {
      const bucket = bucketOf(id)
      if (bucket === null) return
      totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0))
    })
  }
  return [...totals]
    .map(([name, micros]) => ({ name, msPerEvent: micros / 1000 / Math.max(events, 1) }))
    .sort((a, b) => b.msPerEvent - a.msPerEvent)
}

/** The component (not React, the browser or GC) that took the most time. */
export function slowestComponent(shares: RenderShare[]): RenderShare | null {
  return shares.find((share) => isComponentName(share.name)) ?? null
}

/** `TillScreen 1.2, _Box 0.9, …` for the report: the first `count` buckets. */
export function describeShares(shares: RenderShare[], count = 8): string {
  return shares
    .slice(0, count)
    .map((share) => `${share.name} ${share.msPerEvent.toFixed(1)}`)
    .join(', ')
}
