import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract'
import type { Permission } from '../../shared/permissions'
import type { Caller, SignedInCaller } from './caller'

/** A channel that needs a signed-in person with a permission (almost all of them). */
export interface GuardedHandler<C extends Channel> {
  permission: Permission
  handle: (input: ParsedInputOf<C>, caller: SignedInCaller) => Promise<OutputOf<C>>
}

/** Sign-in and app facts: answered while the till is locked. */
export interface PublicHandler<C extends Channel> {
  permission: 'public'
  handle: (input: ParsedInputOf<C>, caller: Caller) => Promise<OutputOf<C>>
}

export type ChannelHandler<C extends Channel> = GuardedHandler<C> | PublicHandler<C>

export type HandlerTable = { [C in Channel]: ChannelHandler<C> }
export type PartialHandlerTable<K extends Channel> = { [C in K]: ChannelHandler<C> }
