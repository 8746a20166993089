import i18n from 'i18next'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(key: string, options: Intl.DateTimeFormatOptions) {
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID'
  const id = `${locale}:${key}`
  let f = formatters.get(id)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Jakarta', ...options })
    formatters.set(id, f)
  }
  return f
}

/** 27/11/2026 14.05 in the showroom's zone (WIB). */
export const formatDateTime = (ms: number) =>
  formatter('dt', { dateStyle: 'short', timeStyle: 'short' }).format(ms)

/** A calendar date `YYYY-MM-DD` as 27 Nov 2026. */
export const formatDay = (isoDate: string) =>
  formatter('d', { day: 'numeric', month: 'short', year: 'numeric' }).format(
    Date.parse(`${isoDate}T12:00:00Z`),
  )

/** Today in WIB as `YYYY-MM-DD`. */
export const todayIso = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(Date.now())
