import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  backupsToKeep,
  DAY_MS,
  defaultRotationPolicy,
  HOUR_MS,
  type RotatableBackup,
} from '../../electron/services/backup/rotation'

const now = Date.UTC(2026, 10, 27, 5, 0, 0) // 12:00 WIB
const at = (ms: number, verified = true): RotatableBackup => ({
  name: `b-${ms}`,
  createdAt: ms,
  verified,
})

/** A backup every `step` ms for `span` ms before now. */
const every = (step: number, span: number) =>
  Array.from({ length: Math.floor(span / step) }, (_, i) => at(now - i * step))

describe('backup rotation', () => {
  it('keeps one per hour for the last day', () => {
    const backups = every(10 * 60_000, DAY_MS) // every 10 minutes
    const keep = backupsToKeep(backups, now)
    expect(keep.size).toBeGreaterThanOrEqual(24)
    expect(keep.size).toBeLessThanOrEqual(24 + defaultRotationPolicy.keepNewest)
    expect(keep.has(backups[0]!.name)).toBe(true) // the newest
  })

  it('keeps one per day for a month and one per month for years', () => {
    const backups = every(HOUR_MS, 3 * 365 * DAY_MS)
    const keep = backupsToKeep(backups, now)
    const kept = backups.filter((b) => keep.has(b.name))
    const olderThanMonth = kept.filter((b) => now - b.createdAt >= 31 * DAY_MS)
    const months = new Set(
      olderThanMonth.map((b) => {
        const d = new Date(b.createdAt + 7 * HOUR_MS)
        return `${d.getUTCFullYear()}-${d.getUTCMonth()}`
      }),
    )
    expect(olderThanMonth.length).toBe(months.size) // one per month
    expect(months.size).toBeGreaterThanOrEqual(34)
    const dayOld = kept.filter((b) => {
      const age = now - b.createdAt
      return age >= DAY_MS && age < 31 * DAY_MS
    })
    expect(dayOld.length).toBeGreaterThanOrEqual(29)
    expect(dayOld.length).toBeLessThanOrEqual(31)
    expect(kept.length).toBeLessThan(24 + 31 + 37 + 3)
  })

  it('never keeps a failed backup and never lets one push out a verified one', () => {
    const good = at(now - 5 * HOUR_MS)
    const bad = at(now - HOUR_MS, false)
    expect([...backupsToKeep([good, bad], now)]).toEqual([good.name])
  })

  it('cuts days at WIB midnight', () => {
    // 16:30 and 17:30 UTC are 23:30 and 00:30 WIB: two different days.
    const day = Date.UTC(2026, 10, 20)
    const a = at(day + 16.5 * HOUR_MS)
    const b = at(day + 17.5 * HOUR_MS)
    const keep = backupsToKeep([a, b], now, { ...defaultRotationPolicy, keepNewest: 0 })
    expect(keep).toEqual(new Set([a.name, b.name]))
  })

  it('always keeps the newest verified backups and a subset of the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            createdAt: fc.integer({ min: now - 800 * DAY_MS, max: now + HOUR_MS }),
            verified: fc.boolean(),
          }),
          { maxLength: 200 },
        ),
        (raw) => {
          const backups = raw.map((b, i) => ({ ...b, name: `b${i}` }))
          const keep = backupsToKeep(backups, now)
          const names = new Set(backups.map((b) => b.name))
          for (const name of keep) expect(names.has(name)).toBe(true)
          const newest = backups
            .filter((b) => b.verified)
            .sort((x, y) => y.createdAt - x.createdAt || y.name.localeCompare(x.name))[0]
          if (newest) expect(keep.has(newest.name)).toBe(true)
          for (const b of backups) if (!b.verified) expect(keep.has(b.name)).toBe(false)
          // Running it again on what was kept keeps everything: rotation is stable.
          const again = backupsToKeep(
            backups.filter((b) => keep.has(b.name)),
            now,
          )
          expect(again).toEqual(keep)
        },
      ),
    )
  })
})
