import {
  Alert,
  Button,
  Group,
  Pagination,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { scrollRegion } from '../../components/scroll-region'
import { isLocale, type Locale } from '../../../../shared/locale'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'
import { filterInput, noFilters, rangeIsInvalid, type AuditFilterState } from './audit-filters'
import { businessToday } from '../../components/period/business-day'
import { AuditFilters } from './AuditFilters'
import { AuditTable } from './AuditTable'
import { ChainCheckPanel } from './ChainCheckPanel'
import { MasterHistoryPanel } from './MasterHistoryPanel'

const PAGE_SIZE = 50

/**
 * The audit trail for supervisors and inspectors: filter by person, action, days and words,
 * page through newest first, export what is filtered to CSV, and check the chain of evidence.
 */
export function AuditScreen() {
  const { t, i18n } = useTranslation('audit')
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'id'
  const [filters, setFilters] = useState<AuditFilterState>(noFilters)
  const [page, setPage] = useState(1)
  const [query] = useDebouncedValue(filters.query, 250)
  const input = filterInput(filters, query)
  const valid = !rangeIsInvalid(filters)
  const options = useChannel('audit:filterOptions', {})
  const count = useChannel('audit:count', input, { enabled: valid })
  const list = useChannel(
    'audit:list',
    { ...input, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { enabled: valid, placeholderData: keepPreviousData },
  )
  const exporter = useChannelMutation('audit:export')
  const total = count.data ?? 0
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const first = total === 0 ? 0 : (page - 1) * PAGE_SIZE + 1
  const last = Math.min(total, page * PAGE_SIZE)

  const changeFilters = (next: AuditFilterState) => {
    setFilters(next)
    setPage(1)
  }
  const exportCsv = () =>
    exporter.mutate(input, {
      onSuccess: (file) => {
        saveFile(file)
        notifications.show({
          color: 'teal',
          message: t('export.done', { filename: file.filename }),
        })
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          message: t('export.failed', { message: error.message }),
        }),
    })

  const error = list.error ?? count.error
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text size="sm" c="gray.7">
            {t('subtitle')}
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          loading={exporter.isPending}
          disabled={!valid || total === 0}
          onClick={exportCsv}
          style={{ flexShrink: 0 }}
        >
          {t('export.button')}
        </Button>
      </Group>
      <ChainCheckPanel />
      <AuditFilters
        value={filters}
        onChange={changeFilters}
        options={options.data}
        locale={locale}
        today={businessToday()}
      />
      {error ? (
        <Alert color="red" role="alert">
          {t('loadFailed', { message: error.message })}
        </Alert>
      ) : null}
      <Paper withBorder radius="md">
        <ScrollArea.Autosize
          mah="calc(100vh - 372px)"
          mih={200}
          type="auto"
          {...scrollRegion(t('title'))}
        >
          <AuditTable entries={valid ? (list.data ?? []) : []} locale={locale} />
        </ScrollArea.Autosize>
      </Paper>
      <Group justify="space-between" align="center">
        <Text size="sm" c="gray.7" aria-live="polite">
          {pages > 1
            ? `${t('list.count', { count: total })} · ${t('list.range', { first, last, total })}`
            : t('list.count', { count: total })}
        </Text>
        {pages > 1 ? (
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            size="sm"
            color="teal.9"
            aria-label={t('list.pages')}
            getItemProps={(n) => ({ 'aria-label': t('list.page', { page: n }) })}
            getControlProps={(control) =>
              control === 'previous'
                ? { 'aria-label': t('list.previous') }
                : control === 'next'
                  ? { 'aria-label': t('list.next') }
                  : {}
            }
          />
        ) : null}
      </Group>
      <MasterHistoryPanel />
    </Stack>
  )
}
