import { describe, expect, it } from 'vitest'
import { residentKiB, slope } from '../bench/memory-probe'

// The bench's memory probe (issue 18: the main process's memory over scripted trade): the
// growth per sale is a least-squares slope of the resident set, read from /proc.

describe('memory probe', () => {
  it('fits the slope of a straight line exactly, and of noise around a flat line near zero', () => {
    const line = Array.from({ length: 20 }, (_, x) => ({ x, y: 3 * x + 7 }))
    expect(slope(line)).toBeCloseTo(3, 10)
    const sawtooth = Array.from({ length: 40 }, (_, x) => ({ x, y: 1000 + (x % 2 === 0 ? 5 : -5) }))
    expect(Math.abs(slope(sawtooth))).toBeLessThan(0.3)
    expect(slope([{ x: 1, y: 2 }])).toBe(0)
  })

  it('reads this process’s resident set from /proc', () => {
    const kib = residentKiB(process.pid)
    // A Node process with Vitest loaded holds tens of MiB at least, and not terabytes.
    expect(kib).toBeGreaterThan(10 * 1024)
    expect(kib).toBeLessThan(64 * 1024 * 1024)
    expect(Math.abs(kib - process.memoryUsage().rss / 1024)).toBeLessThan(64 * 1024)
  })
})
