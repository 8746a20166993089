import { createHash } from 'node:crypto'

/** JSON with object keys sorted and undefined members dropped: the same value, the same text,
 *  whichever transport (structured clone or HTTP JSON) carried it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** What an approval grant is bound to: the hash of the call's input as sent. */
export const inputHash = (input: unknown): string =>
  createHash('sha256')
    .update(canonicalJson(input === undefined ? {} : input))
    .digest('hex')

/** Grants are stored by the hash of their secret: the file alone cannot replay one. */
export const grantKey = (token: string): string => createHash('sha256').update(token).digest('hex')
