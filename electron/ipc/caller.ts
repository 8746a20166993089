import type { Locale } from '../../shared/locale'
import type { Actor } from '../services/core/context'

/** Who is calling, as established by the transport (Electron window or web token). */
export interface Caller {
  /** null while the till is locked: only public channels (sign-in, app info) answer. */
  actor: Actor | null
  locale: Locale
}

export interface SignedInCaller extends Caller {
  actor: Actor
}

/** Single-use approval grants sent along with one call, to authorise what the cashier may not. */
export interface CallOptions {
  grants?: string[]
  /** The calling window's language; without it, the till's default language. */
  locale?: Locale
}
