import type { Channel } from '../../shared/contract'
import { contract } from '../../shared/contract'
import { errorMessage } from '../../shared/error-messages'
import type { Err, Result } from '../../shared/result'
import { AppError } from '../services/errors'
import { authorize } from './authorize'
import type { Caller } from './caller'
import type { ChannelHandler, HandlerTable } from './handler-types'
import { toIssueSpecs } from './zod-issues'

export type Route = (channel: string, input: unknown, caller: Caller) => Promise<Result<unknown>>

export interface RouterOptions {
  /** Where unexpected failures are reported; never to the renderer. */
  logError?: (channel: string, error: unknown) => void
}

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)

/** SQLite failures that mean "the disk", not "a bug": the user can act on these. */
function storageCode(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  if (code === 'SQLITE_FULL') return new AppError('STORAGE_FULL')
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN') {
    return new AppError('READ_ONLY_STORAGE')
  }
  if (code.startsWith('SQLITE_IOERR')) return new AppError('STORAGE_FULL')
  return null
}

function toErr(error: AppError, caller: Caller): Err {
  const err: Err = {
    ok: false,
    code: error.code,
    message: errorMessage(error.code, caller.locale, error.params),
  }
  if (error.params) err.params = error.params
  if (error.issues) {
    err.issues = error.issues.map((issue) => ({
      path: issue.path,
      code: issue.code,
      message: errorMessage(issue.code, caller.locale, issue.params),
    }))
  }
  return err
}

/**
 * The transport-neutral router: validate input → authorise the caller → call the service
 * → map errors to stable codes. Stack traces and SQL never leave this function.
 */
export function createRouter(handlers: HandlerTable, options: RouterOptions = {}): Route {
  return async function route(channel, input, caller) {
    try {
      if (typeof channel !== 'string' || !isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL')
      const parsed = contract[channel].input.safeParse(input === undefined ? {} : input)
      if (!parsed.success) throw new AppError('VALIDATION', undefined, toIssueSpecs(parsed.error))
      const handler = handlers[channel] as ChannelHandler<Channel>
      authorize(caller.actor, handler.permission)
      const data = await handler.handle(parsed.data as never, caller)
      return { ok: true, data: data ?? null }
    } catch (error) {
      if (error instanceof AppError) return toErr(error, caller)
      const storage = storageCode(error)
      if (storage) return toErr(storage, caller)
      options.logError?.(String(channel), error)
      return toErr(new AppError('INTERNAL'), caller)
    }
  }
}
