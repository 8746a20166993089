import { contextBridge, ipcRenderer } from 'electron'
import { createPushSubscriber } from './push-subscriber'

// The buyer's window: it may listen to the buyer-display topic and do nothing else. No API
// channel is exposed here at all (main would refuse this window's calls anyway).
contextBridge.exposeInMainWorld('etalasePush', createPushSubscriber(ipcRenderer, ['buyer-display']))
