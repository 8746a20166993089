import { Button, Checkbox, Code, Group, NumberInput, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TillSettings } from '../../../../shared/till/till-dto'
import { previewReceiptNo } from './receipt-number-preview'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

interface Props {
  settings: TillSettings
  /** The sequence the next sale on this till will take. */
  nextSeq: number
}

export function ReceiptNumberCard({ settings, nextSeq }: Props) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const prefix = settings.receipt.prefix
  const [includeDate, setIncludeDate] = useState(settings.receipt.includeDate)
  const [digits, setDigits] = useState<number>(settings.receipt.digits)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)

  const submit = () => {
    setFormError(null)
    if (!prefix) {
      setErrors({ prefix: t('till.receipt.prefixRequired') })
      return
    }
    setErrors({})
    void save(
      'settings:updateTill',
      { receipt: { prefix, includeDate, digits } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('saved') }),
        onError: (e) => {
          const fields = e.fieldErrors()
          setErrors({
            ...(fields['receipt.prefix'] ? { prefix: fields['receipt.prefix'] } : {}),
            ...(fields['receipt.digits'] ? { digits: fields['receipt.digits'] } : {}),
          })
          setFormError(e.message)
        },
      },
    )
  }

  return (
    <SettingsCard id="settings-receipt" title={t('till.receipt.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
        noValidate
      >
        <Group align="flex-start" gap="md" grow>
          <TextInput
            label={t('till.receipt.prefix')}
            description={t('till.receipt.prefixHint')}
            value={prefix}
            // The prefix is this till's code (set in the first-run wizard): main refuses any
            // other, so two tills never print the same number.
            readOnly
            maxLength={12}
            autoComplete="off"
            error={errors.prefix}
            // The hint goes under the field, so both inputs of the row line up.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <NumberInput
            label={t('till.receipt.digits')}
            value={digits}
            onChange={(value) => typeof value === 'number' && setDigits(value)}
            min={4}
            max={8}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            error={errors.digits}
          />
        </Group>
        <Checkbox
          mt="sm"
          label={t('till.receipt.includeDate')}
          checked={includeDate}
          onChange={(event) => setIncludeDate(event.currentTarget.checked)}
        />
        <Group mt="md" gap="xs" align="baseline">
          <Text size="sm" c="dimmed">
            {t('till.receipt.preview')}:
          </Text>
          <Code fz="md" data-testid="receipt-preview" aria-live="polite">
            {previewReceiptNo({ prefix: prefix || '…', includeDate, digits }, nextSeq)}
          </Code>
        </Group>
        <Text size="xs" c="dimmed" mt={4}>
          {t('till.receipt.sequenceNote')}
        </Text>
        {formError ? (
          <Text c="red" size="sm" role="alert" mt="xs">
            {formError}
          </Text>
        ) : null}
        <Group justify="flex-end" mt="sm">
          <Button type="submit" color="teal.9" loading={pending}>
            {t('till.receipt.save')}
          </Button>
        </Group>
      </form>
      {dialog}
    </SettingsCard>
  )
}
