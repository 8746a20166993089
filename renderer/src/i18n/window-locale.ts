import { isLocale, type Locale } from '../../../shared/locale'

const KEY = 'etalase.windowLocale'

/**
 * The language this window chose with the language switch, kept for this window only
 * (sessionStorage: one per tab, survives a reload). Null until the person here picks one;
 * the till's default language (Pengaturan) applies until then. Two tabs on one browser-mode
 * server, or two people in turn, no longer switch each other's language.
 */
export function windowLocale(): Locale | null {
  try {
    const stored = sessionStorage.getItem(KEY)
    return isLocale(stored) ? stored : null
  } catch {
    return null
  }
}

export function setWindowLocale(locale: Locale): void {
  try {
    sessionStorage.setItem(KEY, locale)
  } catch {
    // Storage refused (private mode): the choice lasts until the page reloads.
  }
}
