import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'
import type { Permission } from '../../shared/permissions'
import type { Caller } from './caller'

export interface ChannelHandler<C extends Channel> {
  permission: Permission
  /** Channels that change data; fuzz tests assert these write nothing on bad input. */
  writes: boolean
  handle: (input: ParsedInputOf<C>, caller: Caller) => Promise<OutputOf<C>>
}

export type HandlerTable = { [C in Channel]: ChannelHandler<C> }
export type PartialHandlerTable<K extends Channel> = { [C in K]: ChannelHandler<C> }
