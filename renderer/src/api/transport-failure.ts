import { errorMessage } from '../../../shared/error-messages'
import { defaultLocale, isLocale } from '../../../shared/locale'
import type { Err } from '../../../shared/result'
import { windowLocale } from '../i18n/window-locale'

/**
 * The answer when the server cannot be reached at all (browser mode with the server closed or
 * restarting). In the window's language, since main is not there to translate it.
 */
export function transportFailure(): Err {
  const lang = document.documentElement.lang
  const locale = windowLocale() ?? (isLocale(lang) ? lang : defaultLocale)
  return { ok: false, code: 'CONNECTION_LOST', message: errorMessage('CONNECTION_LOST', locale) }
}
