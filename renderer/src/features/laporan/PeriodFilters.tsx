import { Group, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSeededName } from '../../i18n/use-seeded-name'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { DateRangeFields, PeriodPresets } from '../../components/period/PeriodFields'
import { isIsoDate } from '../../components/period/business-day'
import { periodPresets, presetPeriod, type PeriodFilter, type PeriodPreset } from './report-dates'

interface Props {
  value: PeriodFilter
  onChange(next: PeriodFilter): void
  today: string
  locations: Option[]
}

export function PeriodFilters({ value, onChange, today, locations }: Props) {
  const { t } = useTranslation('laporan')
  const rangeError = value.from > value.to ? t('errors.range') : null
  const choosePreset = (preset: PeriodPreset) =>
    onChange({ ...value, preset, ...(preset === 'custom' ? {} : presetPeriod(preset, today)) })
  const setDate = (key: 'from' | 'to', date: string) => {
    if (!isIsoDate(date)) return
    onChange({ ...value, preset: 'custom', [key]: date })
  }
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="md" role="group" aria-label={t('filters.label')}>
        <PeriodPresets
          label={t('filters.period')}
          presets={periodPresets}
          value={value.preset}
          presetLabel={(p) => t(`filters.${p}`)}
          onChange={choosePreset}
        />
        <DateRangeFields
          from={value.from}
          to={value.to}
          labels={{ from: t('filters.from'), to: t('filters.to') }}
          onChange={setDate}
          width={150}
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
