import type { ErrorCode } from './error-codes'

export interface FieldIssue {
  /** Dotted path of the offending input field, e.g. `barcode` or `lines.0.qty`. */
  path: string
  code: ErrorCode
  message: string
}

export type Ok<T> = { ok: true; data: T }
export type Err = {
  ok: false
  code: ErrorCode
  message: string
  params?: Record<string, string | number>
  issues?: FieldIssue[]
}
export type Result<T> = Ok<T> | Err

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data })
