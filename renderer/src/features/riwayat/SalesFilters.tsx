import { Group, Select, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useSeededName } from '../../i18n/use-seeded-name'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { DateRangeFields, PeriodPresets } from '../../components/period/PeriodFields'
import { isIsoDate } from '../../components/period/business-day'
import { presetRange, presets, type Preset } from './date-range'

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

export function SalesFilters({ value, onChange, today, locations, methods, rangeError }: Props) {
  const { t } = useTranslation('riwayat')
  const seeded = useSeededName()
  const choosePreset = (preset: Preset) =>
    onChange({ ...value, preset, ...(preset === 'custom' ? {} : presetRange(preset, today)) })
  // Editing either date means the user is choosing their own range.
  const setDate = (key: 'from' | 'to', date: string) => {
    if (date !== '' && !isIsoDate(date)) return
    onChange({ ...value, preset: 'custom', [key]: date })
  }
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="md" role="group" aria-label={t('filters.label')}>
        <PeriodPresets
          label={t('filters.period')}
          presets={presets}
          value={value.preset}
          presetLabel={(p) => t(`filters.${p}`)}
          onChange={choosePreset}
        />
        <DateRangeFields
          from={value.from}
          to={value.to}
          labels={{ from: t('filters.from'), to: t('filters.to') }}
          onChange={setDate}
          width={160}
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
