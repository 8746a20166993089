import { buildApi, type CallOptions, type EtalaseApi } from '../../../shared/api'
import { channelNames } from '../../../shared/channels'
import type { Result } from '../../../shared/result'
import { transportFailure } from './transport-failure'
import { windowLocale } from '../i18n/window-locale'

declare global {
  interface Window {
    etalase?: EtalaseApi
  }
}

const TOKEN_KEY = 'etalase.webToken'

/**
 * Browser mode: the server prints `…/#token=…`. Keep the token for this tab only and take
 * it out of the address bar so it is not bookmarked or shared by accident.
 */
function webToken(): string {
  const match = /token=([0-9a-f]+)/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1])
    history.replaceState(null, '', window.location.pathname + window.location.search)
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

function httpApi(): EtalaseApi {
  const token = webToken()
  return buildApi(channelNames, async (channel, input, options) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    }
    if (options?.grants?.length) headers['x-etalase-grants'] = options.grants.join(',')
    if (options?.locale) headers['x-etalase-locale'] = options.locale
    let response: Response
    try {
      response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      })
      return (await response.json()) as Result<unknown>
    } catch {
      // The server is gone (closed, restarting) or answered nothing readable: say so in the
      // window's language instead of the browser's "Failed to fetch". Nothing was written by
      // this call that the till does not know about: a sale is one transaction in main.
      return transportFailure()
    }
  })
}

/** The window's language goes with every call, so main answers in it (errors, exports). */
function withWindowLocale(inner: EtalaseApi): EtalaseApi {
  const wrapped: Record<string, Record<string, unknown>> = {}
  for (const [domain, actions] of Object.entries(
    inner as unknown as Record<string, Record<string, Call>>,
  )) {
    wrapped[domain] = {}
    for (const [action, fn] of Object.entries(actions)) {
      wrapped[domain][action] = (input: unknown, options?: CallOptions) => {
        const locale = windowLocale()
        return fn(input, locale ? { ...options, locale } : options)
      }
    }
  }
  return wrapped as unknown as EtalaseApi
}

type Call = (input: unknown, options?: CallOptions) => Promise<Result<unknown>>

/** Electron's preload API when present, the loopback HTTP bridge otherwise. */
export const api: EtalaseApi = withWindowLocale(window.etalase ?? httpApi())
