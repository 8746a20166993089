import type { InputOf } from '../../../../shared/contract'

export interface AuditFilterState {
  userId: string | null
  action: string | null
  /** `YYYY-MM-DD` in WIB, or '' for open-ended. */
  from: string
  to: string
  query: string
}

export const noFilters: AuditFilterState = {
  userId: null,
  action: null,
  from: '',
  to: '',
  query: '',
}

export const isFiltered = (f: AuditFilterState): boolean =>
  f.userId !== null || f.action !== null || f.from !== '' || f.to !== '' || f.query.trim() !== ''

export const rangeIsInvalid = (f: AuditFilterState): boolean =>
  f.from !== '' && f.to !== '' && f.from > f.to

/** The channel input for these filters: empty ones are left out, never sent as ''. */
export function filterInput(f: AuditFilterState, query: string): InputOf<'audit:count'> {
  const words = query.trim()
  return {
    ...(f.userId ? { userId: f.userId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(words ? { query: words } : {}),
  }
}
