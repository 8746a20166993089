import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option, PaymentMethodDto } from '../../../../shared/dto'
import { isIsoDate, presetRange, presets, type Preset } from './date-range'
import { useSeededName } from '../../i18n/use-seeded-name'
import { DateField } from '../../components/dates/DateField'

export interface HistoryFilters {
  preset: Preset
  from: string
  to: string
  locationId: string | null
  methodId: string | null
}

interface Props {
  value: HistoryFilters
  onChange(next: HistoryFilters): void
  today: string
  locations: Option[]
  methods: PaymentMethodDto[]
  rangeError: string | null
}

const isPreset = (value: string): value is Preset => (presets as readonly string[]).includes(value)

export function SalesFilters({ value, onChange, today, locations, methods, rangeError }: Props) {
  const { t } = useTranslation('riwayat')
  const seeded = useSeededName()
  const periodId = useId()
  const choosePreset = (preset: string) => {
    if (!isPreset(preset)) return
    onChange({ ...value, preset, ...(preset === 'custom' ? {} : presetRange(preset, today)) })
  }
  // Editing either date means the user is choosing their own range.
  const setDate = (key: 'from' | 'to', date: string) => {
    if (date !== '' && !isIsoDate(date)) return
    onChange({ ...value, preset: 'custom', [key]: date })
  }
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="md" role="group" aria-label={t('filters.label')}>
        <Stack gap={4}>
          <Text component="span" size="sm" fw={500} id={periodId}>
            {t('filters.period')}
          </Text>
          <SegmentedControl
            aria-labelledby={periodId}
            value={value.preset}
            onChange={choosePreset}
            data={presets.map((p) => ({ value: p, label: t(`filters.${p}`) }))}
          />
        </Stack>
        <DateField
          label={t('filters.from')}
          value={value.from}
          max={value.to || undefined}
          onChange={(date) => setDate('from', date)}
          w={160}
        />
        <DateField
          label={t('filters.to')}
          value={value.to}
          min={value.from || undefined}
          onChange={(date) => setDate('to', date)}
          w={160}
        />
        <Select
          label={t('filters.location')}
          placeholder={t('filters.allLocations')}
          data={locations.map((l) => ({ value: l.id, label: seeded(l.name) }))}
          value={value.locationId}
          onChange={(locationId) => onChange({ ...value, locationId })}
          clearable
          w={180}
        />
        <Select
          label={t('filters.method')}
          placeholder={t('filters.allMethods')}
          data={methods.map((m) => ({ value: m.id, label: seeded(m.name) }))}
          value={value.methodId}
          onChange={(methodId) => onChange({ ...value, methodId })}
          clearable
          w={180}
        />
      </Group>
      {rangeError && (
        <Text c="red.8" size="sm" role="alert">
          {rangeError}
        </Text>
      )}
    </Stack>
  )
}
