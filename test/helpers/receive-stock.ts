import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { StockDocDto } from '../../shared/stock/stock-dto'
import type { Result } from '../../shared/result'
import type { Caller } from '../../electron/ipc/caller'

/** Any way a test reaches the router: `core.must`, an HTTP `apiCall`, a call as some person. */
export type ChannelCall = <C extends Channel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>

/**
 * Production intake as the app does it: a numbered `PHP-…` document of one line, at the till's
 * location unless one is named. There is no other way for stock to come in.
 */
export async function receiveStock(
  call: ChannelCall,
  line: { productId: string; qty: number; unitCost?: number; locationId?: string },
): Promise<StockDocDto> {
  const locationId = line.locationId ?? (await call('till:settings', {})).locationId
  return call('stock:postDocument', {
    kind: 'production_in',
    locationId,
    docDate: new Date().toISOString().slice(0, 10),
    lines: [
      {
        productId: line.productId,
        qty: line.qty,
        ...(line.unitCost === undefined ? {} : { unitCost: line.unitCost }),
      },
    ],
  })
}

type Routed = <C extends Channel>(
  channel: C,
  input: InputOf<C>,
  caller?: Caller,
) => Promise<Result<OutputOf<C>>>

/** A `ChannelCall` over a core's `call`, as one person, throwing on a refusal. */
export function mustAs(target: { call: Routed }, caller?: Caller): ChannelCall {
  return async (channel, input) => {
    const result = await target.call(channel, input, caller)
    if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`)
    return result.data
  }
}
