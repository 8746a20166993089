import { describe, expect, it } from 'vitest'
import {
  BROWSER,
  describeShares,
  OTHER_SCRIPT,
  REACT,
  renderShares,
  slowestComponent,
  type CpuProfile,
} from '../bench/render-profile'

/**
 * A profile shaped like V8's: (root) → performWorkUntilDeadline → beginWork → TillScreen →
 * useProps, and → _Box; plus (program), (garbage collector), (idle) and a plain fetch.
 */
function profile(): CpuProfile {
  const frame = (functionName: string) => ({ functionName, url: 'http://x/index.js' })
  return {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 6, 7, 8, 9] },
      { id: 2, callFrame: frame('performWorkUntilDeadline'), children: [3, 10] },
      { id: 3, callFrame: frame('beginWork'), children: [4, 5] },
      { id: 4, callFrame: frame('TillScreen'), children: [11] },
      { id: 5, callFrame: frame('_Box'), children: [] },
      { id: 6, callFrame: frame('(program)'), children: [] },
      { id: 7, callFrame: frame('(garbage collector)'), children: [] },
      { id: 8, callFrame: frame('(idle)'), children: [] },
      { id: 9, callFrame: frame('fetch'), children: [] },
      { id: 10, callFrame: frame('commitRoot'), children: [] },
      { id: 11, callFrame: frame('useProps'), children: [] },
    ],
    // µs per sample: TillScreen's own 1,000 + its hook 3,000; _Box 2,000; commit 500;
    // browser 5,000; GC 250; idle 9,000 (ignored); fetch 100.
    samples: [4, 11, 5, 10, 6, 7, 8, 9],
    timeDeltas: [1_000, 3_000, 2_000, 500, 5_000, 250, 9_000, 100],
  }
}

describe('renderShares', () => {
  it('gives each sample to the innermost component, else to React, the browser, GC or script', () => {
    const shares = renderShares([profile(), profile()], 2)
    const ms = Object.fromEntries(shares.map((s) => [s.name, s.msPerEvent]))
    expect(ms).toEqual({
      [BROWSER]: 5,
      TillScreen: 4,
      _Box: 2,
      [REACT]: 0.5,
      '(garbage collection)': 0.25,
      [OTHER_SCRIPT]: 0.1,
    })
    // Sorted, largest first; idle time is not anyone's.
    expect(shares.map((s) => s.name)[0]).toBe(BROWSER)
    expect(shares.some((s) => s.name === '(idle)')).toBe(false)
  })

  it('names the slowest component, skipping the browser and React buckets', () => {
    const shares = renderShares([profile()], 1)
    expect(slowestComponent(shares)).toEqual({ name: 'TillScreen', msPerEvent: 4 })
    expect(slowestComponent([{ name: BROWSER, msPerEvent: 3 }])).toBeNull()
    expect(describeShares(shares, 3)).toBe(`${BROWSER} 5.0, TillScreen 4.0, _Box 2.0`)
  })
})
