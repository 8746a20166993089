/**
 * Which backups to keep: the newest in each hour for a day, the newest in each day for a
 * month, the newest in each month for ever (the books must be kept for ten years), and the
 * few newest regardless. Pure, so it is tested without files; only verified backups count,
 * so a bad copy can never push out a good one.
 */

export const HOUR_MS = 3_600_000
export const DAY_MS = 24 * HOUR_MS

export interface RotatableBackup {
  name: string
  createdAt: number
  verified: boolean
}

export interface RotationPolicy {
  hourlyForMs: number
  dailyForMs: number
  /** Kept whatever their age. */
  keepNewest: number
  /** Days and months are cut at local midnight: WIB (UTC+7) by default. */
  zoneOffsetMs: number
}

export const defaultRotationPolicy: RotationPolicy = {
  hourlyForMs: DAY_MS,
  dailyForMs: 31 * DAY_MS,
  keepNewest: 3,
  zoneOffsetMs: 7 * HOUR_MS,
}

function bucketOf(createdAt: number, now: number, policy: RotationPolicy): string {
  const age = now - createdAt
  const local = createdAt + policy.zoneOffsetMs
  if (age < policy.hourlyForMs) return `h${Math.floor(local / HOUR_MS)}`
  if (age < policy.dailyForMs) return `d${Math.floor(local / DAY_MS)}`
  const date = new Date(local)
  return `m${date.getUTCFullYear()}-${date.getUTCMonth()}`
}

/** Names of the backups to keep; every other verified or unverified backup may be deleted. */
export function backupsToKeep(
  backups: readonly RotatableBackup[],
  now: number,
  policy: RotationPolicy = defaultRotationPolicy,
): Set<string> {
  const verified = backups
    .filter((b) => b.verified)
    .sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name))
  const keep = new Set(verified.slice(0, policy.keepNewest).map((b) => b.name))
  const seen = new Set<string>()
  for (const backup of verified) {
    const bucket = bucketOf(Math.min(backup.createdAt, now), now, policy)
    if (seen.has(bucket)) continue
    seen.add(bucket)
    keep.add(backup.name)
  }
  return keep
}
