import type { TillSettings } from '../../../shared/till/till-dto'
import { validateStaticQris } from '../../../shared/qris'
import type { ServiceContext } from '../core/context'
import { readDeviceCode } from '../core/device-code'
import { AppError, fieldError } from '../core/errors'
import type { SettingsService } from '../settings/settings.service'

export const DEFAULT_CASH_ROUNDING: TillSettings['cashRounding'] = { unit: 0, mode: 'nearest' }
/** Rp 100.000 a shift: small purchases (plastic bags, change) without calling a supervisor. */
export const DEFAULT_CASH_PAYOUT_LIMIT = 100_000

export function createTillSettingsService(
  ctx: ServiceContext,
  settings: SettingsService,
  fallback: { showroomId: string },
) {
  async function locationId(): Promise<string> {
    return (await settings.get('till.defaultLocationId')) ?? fallback.showroomId
  }

  /** The prefix is always this till's code: two tills never print the same receipt number. */
  async function receiptFormat(): Promise<TillSettings['receipt']> {
    const stored = (await settings.get('receipt.format')) ?? { includeDate: true, digits: 6 }
    return {
      prefix: await readDeviceCode(ctx.db),
      includeDate: stored.includeDate,
      digits: stored.digits,
    }
  }

  async function cashPayoutLimit(): Promise<number> {
    return (await settings.get('till.cashPayoutLimit')) ?? DEFAULT_CASH_PAYOUT_LIMIT
  }

  async function get(): Promise<TillSettings> {
    // Every checkout starts here: the till's settings and code in one read.
    const stored = await settings.getMany([
      'till.defaultLocationId',
      'payments.qrisStatic',
      'till.cashRounding',
      'till.allowNegativeStock',
      'till.cashPayoutLimit',
      'receipt.format',
      'device.code',
    ])
    const location = await ctx.db
      .selectFrom('locations')
      .select(['id', 'name'])
      .where('id', '=', stored['till.defaultLocationId'] ?? fallback.showroomId)
      .executeTakeFirstOrThrow()
    const qris = stored['payments.qrisStatic'] ?? null
    const parsed = qris ? validateStaticQris(qris) : null
    const code = stored['device.code']
    // As readDeviceCode: no number series before the wizard has written the till's code.
    if (code === undefined) throw new AppError('SETUP_REQUIRED')
    const format = stored['receipt.format'] ?? { includeDate: true, digits: 6 }
    return {
      cashRounding: stored['till.cashRounding'] ?? DEFAULT_CASH_ROUNDING,
      allowNegativeStock: stored['till.allowNegativeStock'] ?? false,
      cashPayoutLimit: stored['till.cashPayoutLimit'] ?? DEFAULT_CASH_PAYOUT_LIMIT,
      receipt: { prefix: code, includeDate: format.includeDate, digits: format.digits },
      qrisStatic: qris,
      qrisMerchantName: parsed?.ok ? parsed.merchantName : null,
      locationId: location.id,
      locationName: location.name,
    }
  }

  async function update(
    patch: Partial<
      Pick<TillSettings, 'cashRounding' | 'allowNegativeStock' | 'receipt' | 'cashPayoutLimit'>
    >,
  ) {
    if (patch.cashRounding) await settings.set('till.cashRounding', patch.cashRounding)
    if (patch.allowNegativeStock !== undefined) {
      await settings.set('till.allowNegativeStock', patch.allowNegativeStock)
    }
    if (patch.receipt) {
      const code = await readDeviceCode(ctx.db)
      if (patch.receipt.prefix !== code) throw fieldError('receipt.prefix', 'INVALID_VALUE')
      await settings.set('receipt.format', patch.receipt)
    }
    if (patch.cashPayoutLimit !== undefined) {
      await settings.set('till.cashPayoutLimit', patch.cashPayoutLimit)
    }
    return get()
  }

  /** Stores the merchant's static QRIS after checking it is one; '' removes it. */
  async function setQris(payload: string): Promise<TillSettings> {
    const trimmed = payload.trim()
    if (trimmed === '') {
      await settings.set('payments.qrisStatic', null)
      return get()
    }
    const result = validateStaticQris(trimmed)
    if (!result.ok) throw new AppError('QRIS_INVALID', { problem: result.problem })
    await settings.set('payments.qrisStatic', result.payload)
    return get()
  }

  async function setLocation(id: string): Promise<TillSettings> {
    const found = await ctx.db
      .selectFrom('locations')
      .select('id')
      .where('id', '=', id)
      .where('active', '=', 1)
      // A consignment partner sells on its own counter; its sales come in by settlement.
      .where('kind', '<>', 'consignment')
      .executeTakeFirst()
    if (!found) throw new AppError('NOT_FOUND')
    await settings.set('till.defaultLocationId', id)
    return get()
  }

  return { get, update, setQris, setLocation, locationId, receiptFormat, cashPayoutLimit }
}

export type TillSettingsService = ReturnType<typeof createTillSettingsService>
