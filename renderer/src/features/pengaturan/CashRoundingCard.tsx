import { Button, Group, Radio, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TillSettings } from '../../../../shared/till/till-dto'
import { formatRupiah } from '../../../../shared/money'
import { roundCash } from '../../../../shared/till/pricing'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

type Rounding = TillSettings['cashRounding']
const units: Rounding['unit'][] = [0, 100, 500, 1000]
const modes: Rounding['mode'][] = ['down', 'nearest', 'up']
/** Totals that show what each direction does: one below and one above the midpoint. */
const samples = [15_250, 15_800]

export function CashRoundingCard({ settings }: { settings: TillSettings }) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const [rounding, setRounding] = useState<Rounding>(settings.cashRounding)
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    setError(null)
    void save(
      'settings:updateTill',
      { cashRounding: rounding },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('saved') }),
        onError: (e) => setError(e.message),
      },
    )
  }

  return (
    <SettingsCard
      id="settings-rounding"
      title={t('till.rounding.title')}
      description={t('till.rounding.description')}
    >
      <Radio.Group
        label={t('till.rounding.unit')}
        value={String(rounding.unit)}
        onChange={(value) =>
          setRounding((r) => ({ ...r, unit: Number(value) as Rounding['unit'] }))
        }
      >
        <Group mt="xs" gap="lg">
          {units.map((unit) => (
            <Radio
              key={unit}
              value={String(unit)}
              label={unit === 0 ? t('till.rounding.none') : formatRupiah(unit)}
            />
          ))}
        </Group>
      </Radio.Group>
      <Radio.Group
        label={t('till.rounding.mode')}
        value={rounding.mode}
        onChange={(value) => setRounding((r) => ({ ...r, mode: value as Rounding['mode'] }))}
      >
        <Group mt="xs" gap="lg">
          {modes.map((mode) => (
            <Radio
              key={mode}
              value={mode}
              label={t(`till.rounding.${mode}`)}
              disabled={rounding.unit === 0}
            />
          ))}
        </Group>
      </Radio.Group>
      <Stack gap={2} data-testid="rounding-preview" aria-live="polite">
        {rounding.unit === 0 ? (
          <Text size="sm">{t('till.rounding.previewNone')}</Text>
        ) : (
          <Text size="sm">
            <Text span size="sm" c="dimmed">
              {t('till.rounding.preview')}:{' '}
            </Text>
            {samples
              .map(
                (amount) =>
                  `${formatRupiah(amount)} → ${formatRupiah(roundCash(amount, rounding))}`,
              )
              .join(' · ')}
          </Text>
        )}
      </Stack>
      {error ? (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={submit} color="teal.9" loading={pending}>
          {t('till.rounding.save')}
        </Button>
      </Group>
      {dialog}
    </SettingsCard>
  )
}
