import type { Channel } from '../../shared/contract'
import { channelNames } from '../../shared/channels'
import type { TestCore } from './test-core'

/**
 * For jsdom component tests: puts the preload's bridge on `window`, each channel answered by a
 * real core's router. The renderer picks its transport when its api module loads, so call this
 * before importing any renderer module that talks to main.
 */
export function installCoreBridge(core: TestCore): void {
  const bridge: Record<string, Record<string, unknown>> = {}
  for (const channel of channelNames as readonly Channel[]) {
    const [domain = '', action = ''] = channel.split(':')
    bridge[domain] ??= {}
    bridge[domain][action] = (input: never, options?: never) =>
      core.call(channel, input, undefined, options)
  }
  Object.assign(window, { etalase: bridge })
}
