import type { InputOf } from '../../../../shared/contract'
import {
  ADMIN_PIN_PATTERN,
  TILL_CODE_PATTERN,
  type TillKind,
} from '../../../../shared/setup/setup-dto'

/** What the first four steps collect; sent to main in one `setup:complete`. */
export interface SetupValues {
  shopName: string
  address: string
  phone: string
  npwp: string
  header: string
  footer: string
  tillCode: string
  tillKind: TillKind
  adminName: string
  pin: string
  pinConfirm: string
}

export const emptySetup: SetupValues = {
  shopName: '',
  address: '',
  phone: '',
  npwp: '',
  header: '',
  footer: '',
  tillCode: '',
  tillKind: 'showroom',
  adminName: '',
  pin: '',
  pinConfirm: '',
}

export type SetupErrors = Partial<Record<keyof SetupValues, string>>

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')

export function toSetupInput(values: SetupValues, locale: 'id' | 'en'): InputOf<'setup:complete'> {
  return {
    locale,
    shop: {
      name: values.shopName,
      address: values.address,
      phone: values.phone,
      npwp: values.npwp,
      receiptHeader: lines(values.header),
      receiptFooter: lines(values.footer),
    },
    till: { code: values.tillCode.trim().toUpperCase(), kind: values.tillKind },
    admin: { name: values.adminName, pin: values.pin },
  }
}

/** Main checks everything again; these only spare a round trip for the obvious. */
export function checkStep(
  step: 'shop' | 'till' | 'admin',
  v: SetupValues,
  messages: { required: string; code: string; pin: string; mismatch: string },
): SetupErrors {
  const errors: SetupErrors = {}
  const need = (field: keyof SetupValues) => {
    if (String(v[field]).trim() === '') errors[field] = messages.required
  }
  if (step === 'shop') {
    need('shopName')
    need('address')
    need('phone')
  }
  if (step === 'till' && !TILL_CODE_PATTERN.test(v.tillCode.trim().toUpperCase())) {
    errors.tillCode = messages.code
  }
  if (step === 'admin') {
    need('adminName')
    if (!ADMIN_PIN_PATTERN.test(v.pin)) errors.pin = messages.pin
    else if (v.pin !== v.pinConfirm) errors.pinConfirm = messages.mismatch
  }
  return errors
}

/** Main's field paths (`shop.name`) back onto the form's fields. */
export const fieldOfPath: Record<string, keyof SetupValues> = {
  'shop.name': 'shopName',
  'shop.address': 'address',
  'shop.phone': 'phone',
  'shop.npwp': 'npwp',
  'till.code': 'tillCode',
  'admin.name': 'adminName',
  'admin.pin': 'pin',
}
