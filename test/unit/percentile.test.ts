import { describe, expect, it } from 'vitest'
import { percentile, summarize } from '../bench/measure'

describe('percentile (nearest rank)', () => {
  const tenToHundred = [50, 10, 100, 30, 20, 90, 40, 80, 60, 70]

  it('takes the smallest sample with at least p% of samples at or below it', () => {
    expect(percentile(tenToHundred, 50)).toBe(50)
    expect(percentile(tenToHundred, 51)).toBe(60)
    expect(percentile(tenToHundred, 90)).toBe(90)
    expect(percentile(tenToHundred, 95)).toBe(100)
    expect(percentile(tenToHundred, 100)).toBe(100)
  })

  it('gives the minimum at p0 and for tiny p', () => {
    expect(percentile(tenToHundred, 0)).toBe(10)
    expect(percentile(tenToHundred, 1)).toBe(10)
  })

  it('is the textbook example: 15, 20, 35, 40, 50', () => {
    const samples = [15, 20, 35, 40, 50]
    expect(percentile(samples, 5)).toBe(15)
    expect(percentile(samples, 30)).toBe(20)
    expect(percentile(samples, 40)).toBe(20)
    expect(percentile(samples, 50)).toBe(35)
    expect(percentile(samples, 100)).toBe(50)
  })

  it('of 1,000 samples, p99 is the 990th smallest', () => {
    const samples = Array.from({ length: 1000 }, (_, i) => 1000 - i)
    expect(percentile(samples, 99)).toBe(990)
    expect(percentile(samples, 50)).toBe(500)
  })

  it('never interpolates and leaves the input unsorted', () => {
    const samples = [3, 1, 2]
    expect(percentile(samples, 50)).toBe(2)
    expect(percentile([1, 2], 50)).toBe(1)
    expect(samples).toEqual([3, 1, 2])
  })

  it('refuses no samples and out-of-range percentiles', () => {
    expect(() => percentile([], 50)).toThrow(RangeError)
    expect(() => percentile([1], -1)).toThrow(RangeError)
    expect(() => percentile([1], 101)).toThrow(RangeError)
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError)
  })

  it('summarizes a distribution', () => {
    expect(summarize(tenToHundred)).toEqual({
      samples: 10,
      p50: 50,
      p95: 100,
      p99: 100,
      max: 100,
      mean: 55,
    })
  })
})
