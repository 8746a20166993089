import type { Locale } from '../../shared/locale'
import type { Actor } from '../services/context'

/** Who is calling, as established by the transport (Electron window or web token). */
export interface Caller {
  actor: Actor
  locale: Locale
}
