import { changeActors } from '../db/change-actor'
import type { Channel } from '../../shared/contract'
import { contract } from '../../shared/contract'
import { callOptionsSchema } from '../../shared/contracts/call-options'
import { errorMessage } from '../../shared/error-messages'
import { isLocale } from '../../shared/locale'
import type { Err, Result } from '../../shared/result'
import { AppError } from '../services/core/errors'
import { authorize } from './authorize'
import { ELEVATED_PIN_MIN_DIGITS } from '../../shared/permissions'
import type { ApprovalGrants } from '../services/auth/approval-grants'
import type { CallOptions, Caller } from './caller'
import type { ChannelHandler, HandlerTable } from './handler-types'
import { toIssueSpecs } from './zod-issues'

export type Route = (
  channel: string,
  input: unknown,
  caller: Caller,
  options?: CallOptions,
) => Promise<Result<unknown>>

export interface RouterOptions {
  /** Where unexpected failures are reported; never to the renderer. */
  logError?: (channel: string, error: unknown) => void
  /** Claims single-use approval grants carried beside a call (see approvals:request). */
  grants?: Pick<ApprovalGrants, 'claim'>
  /** Runs before anything else for a known channel; throws to refuse it (the setup gate). */
  admit?: (channel: Channel) => Promise<void>
}

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name)

const refuseGrants: Pick<ApprovalGrants, 'claim'> = {
  claim: () => Promise.reject(new AppError('GRANT_INVALID')),
}

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

function withWindowLocale(caller: Caller, callOptions: unknown): Caller {
  const locale = (callOptions as { locale?: unknown } | null | undefined)?.locale
  return isLocale(locale) ? { ...caller, locale } : caller
}

function parseInput(channel: Channel, input: unknown): unknown {
  const parsed = contract[channel].input.safeParse(input === undefined ? {} : input)
  if (!parsed.success) throw new AppError('VALIDATION', undefined, toIssueSpecs(parsed.error))
  return parsed.data
}

/**
 * The transport-neutral router: authorise the caller → validate input → call the service
 * → map errors to stable codes. Stack traces and SQL never leave this function.
 */
export function createRouter(handlers: HandlerTable, options: RouterOptions = {}): Route {
  return async function route(channel, input, transportCaller, callOptions = {}) {
    // Each window speaks its own language: the one it sends wins over the till's default,
    // so one tab switching to English does not switch another (or another person's) session.
    const caller = withWindowLocale(transportCaller, callOptions)
    try {
      if (typeof channel !== 'string' || !isChannel(channel)) throw new AppError('UNKNOWN_CHANNEL')
      // Until the first-run wizard is done, only its own channels answer.
      await options.admit?.(channel)
      const handler = handlers[channel] as ChannelHandler<Channel>
      if (handler.permission === 'public') {
        const data = await handler.handle(parseInput(channel, input) as never, caller)
        return { ok: true, data: data ?? null }
      }
      if (!caller.actor) throw new AppError('LOGIN_REQUIRED')
      if (caller.actor.pinChangeRequired && channel !== 'auth:changePin')
        throw new AppError('PIN_CHANGE_REQUIRED', { min: ELEVATED_PIN_MIN_DIGITS })
      let actor = caller.actor
      const extra = callOptionsSchema.safeParse(callOptions)
      if (!extra.success) throw new AppError('BAD_REQUEST')
      const tokens = extra.data?.grants
      // A grant is claimed before the call runs (a parallel replay is refused), spent when
      // it succeeds, and given back when a rule refused the call, which then wrote nothing.
      const claimed = tokens
        ? await (options.grants ?? refuseGrants).claim(actor, channel, input ?? {}, tokens)
        : null
      if (claimed) actor = claimed.actor
      try {
        // Authorised before validated: a refused caller learns nothing of the input's schema.
        authorize(actor, handler.permission)
        // Master-data history (0016) names this caller, whichever service makes the change.
        const changer = { userId: actor.userId, approvedBy: actor.approvedBy?.userId ?? null }
        const data = await changeActors.run(changer, () =>
          handler.handle(parseInput(channel, input) as never, { ...caller, actor }),
        )
        await claimed?.finish(true)
        return { ok: true, data: data ?? null }
      } catch (error) {
        if (claimed && error instanceof AppError) await claimed.finish(false)
        throw error
      }
    } catch (error) {
      if (error instanceof AppError) return toErr(error, caller)
      const storage = storageCode(error)
      if (storage) return toErr(storage, caller)
      options.logError?.(String(channel), error)
      return toErr(new AppError('INTERNAL'), caller)
    }
  }
}
