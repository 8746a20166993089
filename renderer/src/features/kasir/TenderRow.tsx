import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, TextInput } from '@mantine/core'
import { IconQrcode, IconX } from '@tabler/icons-react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { formatCashText } from './cash-text'
import { QRIS_METHOD_ID, type NoncashRow } from './tenders'
import { useSeededName } from '../../i18n/use-seeded-name'

/** The id of a tender row's reference field, so the QR dialog can hand focus back to it. */
export const referenceInputId = (key: string) => `till-ref-${key}`

interface Props {
  row: NoncashRow
  index: number
  methods: PaymentMethodDto[]
  error: string | null
  onChange(patch: Partial<Omit<NoncashRow, 'key'>>): void
  onRemove(): void
  onShowQr(): void
  onEnter(): void
}

/** One non-cash tender: method, amount and (when the method asks for one) the reference. */
export function TenderRow({
  row,
  index,
  methods,
  error,
  onChange,
  onRemove,
  onShowQr,
  onEnter,
}: Props) {
  const { t } = useTranslation('kasir')
  const seeded = useSeededName()
  const method = methods.find((m) => m.id === row.methodId)
  const n = index + 1
  const enter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      onEnter()
    }
  }
  return (
    <Paper withBorder p="xs" radius="md" role="group" aria-label={t('tender.rowLabel', { n })}>
      <Stack gap={6}>
        <Group gap={6} wrap="nowrap" align="flex-end">
          <NativeSelect
            label={t('tender.method', { n })}
            size="sm"
            w={150}
            value={row.methodId}
            data={methods.map((m) => ({ value: m.id, label: seeded(m.name) }))}
            onChange={(event) => onChange({ methodId: event.currentTarget.value })}
          />
          <TextInput
            label={t('tender.amount', { n })}
            size="sm"
            style={{ flex: 1 }}
            inputMode="numeric"
            autoComplete="off"
            value={row.amount}
            onChange={(event) => onChange({ amount: formatCashText(event.currentTarget.value) })}
            onKeyDown={enter}
            styles={{ input: { textAlign: 'right', fontFamily: 'monospace', fontWeight: 700 } }}
          />
          <ActionIcon
            variant="subtle"
            color="red.9"
            size="lg"
            mb={2}
            aria-label={t('tender.remove', { n })}
            onClick={onRemove}
          >
            <IconX size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <Group gap={6} wrap="nowrap" align="flex-end">
          <TextInput
            id={referenceInputId(row.key)}
            label={
              method?.requiresReference
                ? t('tender.referenceRequiredLabel', { n })
                : t('tender.reference', { n })
            }
            size="sm"
            style={{ flex: 1 }}
            autoComplete="off"
            maxLength={64}
            value={row.reference}
            error={error}
            onChange={(event) => onChange({ reference: event.currentTarget.value })}
            onKeyDown={enter}
          />
          {row.methodId === QRIS_METHOD_ID && (
            <Button
              size="sm"
              variant="light"
              leftSection={<IconQrcode size={16} aria-hidden />}
              onClick={onShowQr}
              mb={error ? 22 : 0}
            >
              {t('tender.showQr')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  )
}
