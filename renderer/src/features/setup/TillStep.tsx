import { Radio, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SetupErrors, SetupValues } from './setup-form'

interface Props {
  values: SetupValues
  errors: SetupErrors
  set: (field: keyof SetupValues, value: string) => void
}

/** Step 3: this till's code (in every number it hands out) and where it stands. */
export function TillStep({ values, errors, set }: Props) {
  const { t } = useTranslation('setup')
  const code = values.tillCode.trim().toUpperCase() || 'KSG1'
  return (
    <Stack gap="sm" maw={560}>
      <TextInput
        label={t('till.code')}
        description={t('till.codeHint')}
        required
        maxLength={4}
        value={values.tillCode}
        error={errors.tillCode}
        onChange={(e) => set('tillCode', e.currentTarget.value.toUpperCase())}
        w={240}
      />
      <Text size="sm" c="dimmed">
        {t('till.preview', { example: `${code}-20261207-000001` })}
      </Text>
      <Radio.Group
        label={t('till.kind')}
        value={values.tillKind}
        onChange={(v) => set('tillKind', v)}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="showroom" label={t('till.showroom')} />
          <Radio value="booth" label={t('till.booth')} />
        </Stack>
      </Radio.Group>
    </Stack>
  )
}
