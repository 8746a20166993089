import { Stack, Textarea, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SetupErrors, SetupValues } from './setup-form'

interface Props {
  values: SetupValues
  errors: SetupErrors
  set: (field: keyof SetupValues, value: string) => void
}

/** Step 2: who the shop is, and what its receipts say at the top and bottom. */
export function ShopStep({ values, errors, set }: Props) {
  const { t } = useTranslation('setup')
  const field = (name: keyof SetupValues) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: { currentTarget: { value: string } }) => set(name, e.currentTarget.value),
  })
  return (
    <Stack gap="sm" maw={560}>
      <TextInput label={t('shop.name')} required {...field('shopName')} />
      <Textarea
        label={t('shop.address')}
        description={t('shop.addressHint')}
        required
        autosize
        minRows={2}
        {...field('address')}
      />
      <TextInput label={t('shop.phone')} required {...field('phone')} />
      <TextInput label={t('shop.npwp')} {...field('npwp')} />
      <Textarea
        label={t('shop.header')}
        description={t('shop.headerHint')}
        autosize
        minRows={1}
        {...field('header')}
      />
      <Textarea
        label={t('shop.footer')}
        description={t('shop.footerHint')}
        autosize
        minRows={1}
        {...field('footer')}
      />
    </Stack>
  )
}
