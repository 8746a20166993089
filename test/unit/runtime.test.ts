import { describe, expect, it } from 'vitest'

describe('test runtime', () => {
  it('runs on Node 22 or newer (better-sqlite3 13 crashes on 20: use npm scripts, not bin/ directly)', () => {
    const major = Number(process.versions.node.split('.')[0])
    expect(major).toBeGreaterThanOrEqual(22)
  })
})
