/** What Pengaturan → Data shows about the tamper evidence of this till. */
export interface EvidenceStatusDto {
  /** The chain's head now, `seq:hash` to write down or compare with a Z report; null if empty. */
  anchor: string | null
  /** How many links the chain has. */
  links: number
  /** Where the chain key lives: a key file beside the data, or sealed by the OS keystore. */
  keyStore: 'file' | 'os-keystore'
  /** Names the key without revealing it. */
  keyId: string
  /** True once an admin has been shown the recovery code; later showings need the admin PIN. */
  recoveryShown: boolean
}

export interface RecoveryCodeDto {
  code: string
}

/** The answer to restoring the chain key from its recovery code. */
export interface KeyRestoreDto {
  /** The id of the key now in use (the restored one). */
  keyId: string
  /** False when that key was already in use: nothing changed. */
  replaced: boolean
}
