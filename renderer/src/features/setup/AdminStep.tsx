import { PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SetupErrors, SetupValues } from './setup-form'

interface Props {
  values: SetupValues
  errors: SetupErrors
  set: (field: keyof SetupValues, value: string) => void
}

/** Step 4: the first administrator, with a PIN; saving this ends the setup on main's side. */
export function AdminStep({ values, errors, set }: Props) {
  const { t } = useTranslation('setup')
  const digits = (field: 'pin' | 'pinConfirm') => ({
    value: values[field],
    error: errors[field],
    inputMode: 'numeric' as const,
    maxLength: 8,
    onChange: (e: { currentTarget: { value: string } }) =>
      set(field, e.currentTarget.value.replace(/\D/g, '')),
  })
  return (
    <Stack gap="sm" maw={420}>
      <Text size="sm">{t('admin.intro')}</Text>
      <TextInput
        label={t('admin.name')}
        required
        value={values.adminName}
        error={errors.adminName}
        onChange={(e) => set('adminName', e.currentTarget.value)}
      />
      <PasswordInput label={t('admin.pin')} required {...digits('pin')} />
      <PasswordInput label={t('admin.pinConfirm')} required {...digits('pinConfirm')} />
    </Stack>
  )
}
