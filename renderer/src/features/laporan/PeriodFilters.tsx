import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/dto'
import { isIsoDate, periodPresets, presetPeriod, type PeriodFilter } from './report-dates'
import { useSeededName } from '../../i18n/use-seeded-name'
import { DateField } from '../../components/dates/DateField'

interface Props {
  value: PeriodFilter
  onChange(next: PeriodFilter): void
  today: string
  locations: Option[]
}

export function PeriodFilters({ value, onChange, today, locations }: Props) {
  const { t } = useTranslation('laporan')
  const periodId = useId()
  const rangeError = value.from > value.to ? t('errors.range') : null
  const choosePreset = (preset: string) => {
    const found = periodPresets.find((p) => p === preset)
    if (!found) return
    onChange({ ...value, preset: found, ...(found === 'custom' ? {} : presetPeriod(found, today)) })
  }
  const setDate = (key: 'from' | 'to', date: string) => {
    if (!isIsoDate(date)) return
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
            data={periodPresets.map((p) => ({ value: p, label: t(`filters.${p}`) }))}
          />
        </Stack>
        <DateField
          label={t('filters.from')}
          value={value.from}
          onChange={(date) => setDate('from', date)}
          w={150}
        />
        <DateField
          label={t('filters.to')}
          value={value.to}
          onChange={(date) => setDate('to', date)}
          w={150}
        />
        <LocationSelect
          locations={locations}
          value={value.locationId}
          onChange={(locationId) => onChange({ ...value, locationId })}
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

export function LocationSelect({
  locations,
  value,
  onChange,
}: {
  locations: Option[]
  value: string | null
  onChange(id: string | null): void
}) {
  const { t } = useTranslation('laporan')
  const seeded = useSeededName()
  return (
    <Select
      label={t('filters.location')}
      placeholder={t('filters.allLocations')}
      data={locations.map((l) => ({ value: l.id, label: seeded(l.name) }))}
      value={value}
      onChange={onChange}
      clearable
      w={200}
    />
  )
}
