import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AuditFilterOptionsDto } from '../../../../shared/audit/audit-dto'
import { DateRangeFields } from '../../components/period/PeriodFields'
import { isIsoDate } from '../../components/period/business-day'
import { auditActionName } from '../../../../shared/audit/audit-labels'
import type { Locale } from '../../../../shared/locale'
import { isFiltered, noFilters, rangeIsInvalid, type AuditFilterState } from './audit-filters'

interface Props {
  value: AuditFilterState
  onChange(next: AuditFilterState): void
  options: AuditFilterOptionsDto | undefined
  locale: Locale
  today: string
}

/** Who, which action, which days, and free text; every change starts again at page one. */
export function AuditFilters({ value, onChange, options, locale, today }: Props) {
  const { t } = useTranslation('audit')
  const actions = (options?.actions ?? [])
    .map((code) => ({ value: code, label: auditActionName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
  const setDate = (key: 'from' | 'to', date: string) => {
    if (date === '' || isIsoDate(date)) onChange({ ...value, [key]: date })
  }
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="sm" role="group" aria-label={t('filters.label')} wrap="nowrap">
        <Select
          label={t('filters.user')}
          placeholder={t('filters.allUsers')}
          data={(options?.users ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={value.userId}
          onChange={(userId) => onChange({ ...value, userId })}
          clearable
          searchable
          w={170}
        />
        <Select
          label={t('filters.action')}
          placeholder={t('filters.allActions')}
          data={actions}
          value={value.action}
          onChange={(action) => onChange({ ...value, action })}
          clearable
          searchable
          w={240}
          comboboxProps={{ width: 300, position: 'bottom-start' }}
        />
        <DateRangeFields
          from={value.from}
          to={value.to}
          labels={{ from: t('filters.from'), to: t('filters.to') }}
          onChange={setDate}
          max={today}
          width={150}
        />
        <TextInput
          type="search"
          label={t('filters.query')}
          placeholder={t('filters.queryPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={value.query}
          onChange={(event) => onChange({ ...value, query: event.currentTarget.value })}
          style={{ flex: 1 }}
          miw={160}
        />
        <Button variant="subtle" disabled={!isFiltered(value)} onClick={() => onChange(noFilters)}>
          {t('filters.reset')}
        </Button>
      </Group>
      {rangeIsInvalid(value) ? (
        <Text c="red.8" size="sm" role="alert">
          {t('filters.rangeInvalid')}
        </Text>
      ) : null}
    </Stack>
  )
}
