/**
 * Rupiah notes and coins a cashier counts at close. The 1.000 exists as a note and as a
 * coin, so each row has its own key; the server only wants counts per value.
 */
export interface Denomination {
  key: string
  value: number
  kind: 'note' | 'coin'
}

export const denominations: readonly Denomination[] = [
  { key: '100000', value: 100_000, kind: 'note' },
  { key: '50000', value: 50_000, kind: 'note' },
  { key: '20000', value: 20_000, kind: 'note' },
  { key: '10000', value: 10_000, kind: 'note' },
  { key: '5000', value: 5_000, kind: 'note' },
  { key: '2000', value: 2_000, kind: 'note' },
  { key: '1000', value: 1_000, kind: 'note' },
  { key: '1000c', value: 1_000, kind: 'coin' },
  { key: '500', value: 500, kind: 'coin' },
  { key: '200', value: 200, kind: 'coin' },
  { key: '100', value: 100, kind: 'coin' },
]

/** Row key → how many were counted; a missing key is none. */
export type DenominationCounts = Partial<Record<string, number>>

export function countedTotal(counts: DenominationCounts): number {
  return denominations.reduce((sum, d) => sum + d.value * (counts[d.key] ?? 0), 0)
}

/** Counts per value as the server stores them (`"1000"` = notes and coins), zeros left out. */
export function countsByValue(counts: DenominationCounts): Record<string, number> {
  const merged: Record<string, number> = {}
  for (const d of denominations) {
    const n = counts[d.key] ?? 0
    if (n > 0) merged[String(d.value)] = (merged[String(d.value)] ?? 0) + n
  }
  return merged
}
