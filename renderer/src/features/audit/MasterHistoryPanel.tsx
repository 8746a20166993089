import { Alert, Group, Paper, ScrollArea, Select, Table, Text, Title } from '@mantine/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DateField } from '../../components/dates/DateField'
import { scrollRegion } from '../../components/scroll-region'
import {
  historyEntities,
  type HistoryEntity,
  type MasterHistoryRowDto,
} from '../../../../shared/audit/master-history-dto'
import { useChannel } from '../../api/hooks'
import { auditDateTime } from './audit-time'

const nowrap = { whiteSpace: 'nowrap' } as const
const isEntity = (value: string | null): value is HistoryEntity =>
  (historyEntities as readonly (string | null)[]).includes(value)

/**
 * "Riwayat perubahan data induk": who changed a price, a person, a permission, a payment
 * method or a setting, when, old → new (migration 0016). Pick a kind and a day to answer
 * "who changed the price on the 3rd".
 */
export function MasterHistoryPanel() {
  const { t } = useTranslation('audit')
  const titleId = useId()
  const [entity, setEntity] = useState<HistoryEntity | null>(null)
  const [day, setDay] = useState('')
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(day)
  const history = useChannel('audit:history', {
    ...(entity ? { entity } : {}),
    ...(validDay ? { from: day, to: day } : {}),
    limit: 200,
  })
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t('history.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('history.body')}
      </Text>
      <Group mt="xs" gap="sm" align="flex-end">
        <Select
          label={t('history.entity')}
          placeholder={t('history.allEntities')}
          data={historyEntities.map((value) => ({
            value,
            label: t(`history.entities.${value}`),
          }))}
          value={entity}
          onChange={(value) => setEntity(isEntity(value) ? value : null)}
          clearable
          w={220}
        />
        <DateField label={t('history.day')} value={day} onChange={setDay} clearable w={180} />
      </Group>
      {history.error ? (
        <Alert color="red" role="alert" mt="sm">
          {t('history.failed', { message: history.error.message })}
        </Alert>
      ) : null}
      <ScrollArea.Autosize mah={320} mt="sm" type="auto" {...scrollRegion(t('history.title'))}>
        <HistoryTable rows={history.data ?? []} />
      </ScrollArea.Autosize>
    </Paper>
  )
}

/** The rows as a table; also shown for one product in its edit form (produk/ProductHistory). */
export function HistoryTable({ rows }: { rows: MasterHistoryRowDto[] }) {
  const { t } = useTranslation('audit')
  if (rows.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t('history.empty')}
      </Text>
    )
  }
  const shown = (row: MasterHistoryRowDto, value: string | null) => {
    if (value === null) return '—'
    if (row.field === 'pin') return t(`history.pin.${value}`, { defaultValue: value })
    return value
  }
  return (
    <Table aria-label={t('history.label')} stickyHeader verticalSpacing={4}>
      <Table.Thead style={nowrap}>
        <Table.Tr>
          <Table.Th w={160}>{t('history.at')}</Table.Th>
          <Table.Th w={160}>{t('history.by')}</Table.Th>
          <Table.Th>{t('history.what')}</Table.Th>
          <Table.Th w={140}>{t('history.field')}</Table.Th>
          <Table.Th>{t('history.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td style={nowrap} ff="monospace" fz="sm">
              {auditDateTime(new Date(row.at).toISOString())}
            </Table.Td>
            <Table.Td>
              {row.userName ?? t('history.system')}
              {row.approvedByName ? (
                <Text size="xs" c="gray.7">
                  {t('history.approvedBy', { name: row.approvedByName })}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="gray.7">
                {t(`history.entities.${row.entity}`)}
              </Text>
              <Text size="sm" fw={600}>
                {row.entityName}
              </Text>
            </Table.Td>
            <Table.Td>{t(`history.fields.${row.field}`, { defaultValue: row.field })}</Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }} ff="monospace" fz="sm">
              {`${shown(row, row.oldValue)} → ${shown(row, row.newValue)}`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
