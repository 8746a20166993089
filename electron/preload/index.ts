import { contextBridge, ipcRenderer } from 'electron'
import { buildApi, type EtalaseApi } from '../../shared/api'
import { channelNames } from '../../shared/channels'
import { pushTopics } from '../../shared/push/topics'
import type { Result } from '../../shared/result'
import { createPushSubscriber } from './push-subscriber'

// The renderer gets one function per contract channel and nothing else: never
// ipcRenderer itself, never a generic "send anything" escape hatch.
const api = buildApi(
  channelNames,
  (channel, input, options) =>
    ipcRenderer.invoke(channel, input, options) as Promise<Result<unknown>>,
) satisfies EtalaseApi

contextBridge.exposeInMainWorld('etalase', api)

// Main's push channel: listen to a topic, nothing more.
contextBridge.exposeInMainWorld('etalasePush', createPushSubscriber(ipcRenderer, pushTopics))
