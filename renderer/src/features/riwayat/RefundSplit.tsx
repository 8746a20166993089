import { ActionIcon, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { formatRupiah } from '../../../../shared/money'
import { RupiahInput } from '../produk/RupiahInput'
import { refundAmounts, type RefundDraft } from './return-plan'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  total: number
  rows: RefundDraft[]
  methods: PaymentMethodDto[]
  /** Row key → message (a missing reference). */
  rowErrors: Record<number, string>
  splitError: string | null
  onChange(rows: RefundDraft[]): void
}

/**
 * How the refund goes back. The first method always takes whatever the others leave, so
 * the split adds up to the refund by construction and the cashier only types the extras.
 */
export function RefundSplit({ total, rows, methods, rowErrors, splitError, onChange }: Props) {
  const { t } = useTranslation('riwayat')
  const seeded = useSeededName()
  const amounts = refundAmounts(total, rows)
  const methodName = (id: string) => seeded(methods.find((m) => m.id === id)?.name ?? id)
  const update = (key: number, patch: Partial<RefundDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const unused = methods.find((m) => !rows.some((r) => r.methodId === m.id))

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={700}>{t('return.refundTitle')}</Text>
        <Text fw={800} size="lg" role="status" aria-live="polite">
          {t('return.refundTotal')}: {formatRupiah(total)}
        </Text>
      </Group>
      {rows.map((row, index) => {
        const method = methods.find((m) => m.id === row.methodId)
        const first = index === 0
        return (
          <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap">
            <NativeSelect
              label={t('return.method')}
              value={row.methodId}
              onChange={(event) => update(row.key, { methodId: event.currentTarget.value })}
              data={methods.map((m) => ({ value: m.id, label: seeded(m.name) }))}
              w={200}
            />
            <RupiahInput
              label={t('return.refundAmount')}
              description={first && rows.length > 1 ? t('return.remainderHint') : undefined}
              value={first ? (amounts[0] ?? 0) : row.amount}
              onChange={(value) =>
                update(row.key, { amount: typeof value === 'number' ? value : '' })
              }
              readOnly={first}
              variant={first ? 'filled' : 'default'}
              error={first ? splitError : undefined}
              allowNegative={first}
              w={200}
            />
            {method?.requiresReference && (
              <TextInput
                label={t('return.reference')}
                value={row.reference}
                onChange={(event) => update(row.key, { reference: event.currentTarget.value })}
                error={rowErrors[row.key]}
                maxLength={64}
                required
                w={200}
              />
            )}
            {!first && (
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={26}
                aria-label={t('return.removeSplit', { method: methodName(row.methodId) })}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        )
      })}
      {unused && total > 0 && (
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            onChange([
              ...rows,
              {
                key: Math.max(...rows.map((r) => r.key)) + 1,
                methodId: unused.id,
                amount: '',
                reference: '',
              },
            ])
          }
        >
          {t('return.split')}
        </Button>
      )}
    </Stack>
  )
}
