import type { TFunction } from 'i18next'
import type { CountSummaryDto } from '../../../../shared/opname/opname-dto'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** A moment in the showroom's zone (WIB), in the UI language. */
export function formatMoment(at: number, language: string): string {
  const tag = language.startsWith('en') ? 'en-GB' : 'id-ID'
  let formatter = formatters.get(tag)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Jakarta',
    })
    formatters.set(tag, formatter)
  }
  return formatter.format(at)
}

export function scopeLabel(t: TFunction<'opname'>, scope: CountSummaryDto['scope']): string {
  if (scope.kind === 'all') return t('scope.all')
  return t(scope.kind === 'category' ? 'scope.category' : 'scope.workshop', {
    name: scope.name ?? '',
  })
}

/** `+3`, `-2`, `0`: a variance reads as a direction. */
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n))
