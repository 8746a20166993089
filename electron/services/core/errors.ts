import type { ErrorCode } from '../../../shared/error-codes'

export interface IssueSpec {
  path: string
  code: ErrorCode
  params?: Record<string, string | number>
}

/**
 * A domain failure with a stable code. Services throw it; the router turns it into an
 * `{ ok: false }` result with a translated message. Anything else thrown is INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params?: Record<string, string | number>,
    readonly issues?: IssueSpec[],
  ) {
    super(code)
    this.name = 'AppError'
  }
}

export const fieldError = (path: string, code: ErrorCode, params?: IssueSpec['params']) =>
  new AppError('VALIDATION', undefined, [{ path, code, ...(params ? { params } : {}) }])
