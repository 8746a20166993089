import { buildApi, type EtalaseApi } from '../../../shared/api'
import { channelNames } from '../../../shared/channels'
import type { Result } from '../../../shared/result'

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
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
    })
    return (await response.json()) as Result<unknown>
  })
}

/** Electron's preload API when present, the loopback HTTP bridge otherwise. */
export const api: EtalaseApi = window.etalase ?? httpApi()
