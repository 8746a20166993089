/**
 * The till's short code: 2–4 capital letters or digits (`KSG1`, `PMR1`), unique per device. Four
 * characters at most so that the code itself fits inside an in-store EAN-13 (shared/labels/ean13.ts).
 */
export const TILL_CODE_PATTERN = /^[A-Z0-9]{2,4}$/

/** The first administrator's PIN: at least six digits (other users may keep 4–8). */
export const ADMIN_PIN_PATTERN = /^\d{6,8}$/

export const tillKinds = ['showroom', 'booth'] as const
export type TillKind = (typeof tillKinds)[number]

/** Pengaturan → Tentang: what support asks for first. */
export interface AboutDto {
  version: string
  dataDir: string
  sqliteVersion: string
  deviceCode: string
  tillKind: TillKind | null
  training: boolean
  /** Rows in the hash chain of the ledgers and the sequence number of its last link. */
  chain: { rows: number; lastSeq: number }
}
