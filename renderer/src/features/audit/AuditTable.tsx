import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AuditRowDto } from '../../../../shared/audit/audit-dto'
import { auditActionName, describeAuditDetail } from '../../../../shared/audit/audit-labels'
import type { Locale } from '../../../../shared/locale'
import { auditDateTime } from './audit-time'

const nowrap = { whiteSpace: 'nowrap' } as const

/** One page of the trail, newest first: who, when, what, on what, why, and who approved it. */
export function AuditTable({ entries, locale }: { entries: AuditRowDto[]; locale: Locale }) {
  const { t } = useTranslation('audit')
  return (
    <Table aria-label={t('list.label')} stickyHeader highlightOnHover verticalSpacing={6}>
      <Table.Thead style={nowrap}>
        <Table.Tr>
          <Table.Th w={160}>{t('list.at')}</Table.Th>
          <Table.Th w={120}>{t('list.user')}</Table.Th>
          <Table.Th w={200}>{t('list.action')}</Table.Th>
          <Table.Th>{t('list.what')}</Table.Th>
          <Table.Th w={220}>{t('list.reason')}</Table.Th>
          <Table.Th w={130}>{t('list.approvedBy')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => {
          const detail = describeAuditDetail(entry.action, entry.detail, locale)
          return (
            <Table.Tr key={entry.id}>
              <Table.Td style={nowrap} ff="monospace" fz="sm">
                {auditDateTime(entry.at)}
              </Table.Td>
              <Table.Td>{entry.userName}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {auditActionName(entry.action, locale)}
                </Text>
                <Text size="xs" c="gray.7" ff="monospace">
                  {entry.action}
                </Text>
              </Table.Td>
              <Table.Td>
                {entry.target ? (
                  <Text size="sm" ff="monospace" fw={600}>
                    {entry.target}
                  </Text>
                ) : null}
                {detail ? (
                  <Text size="sm" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
                    {detail}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
                {entry.reason ?? ''}
              </Table.Td>
              <Table.Td>{entry.approvedByName ?? ''}</Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
      {entries.length === 0 ? (
        <Table.Caption mt={0} py="md">
          <Text size="sm" c="gray.7">
            {t('list.empty')}
          </Text>
        </Table.Caption>
      ) : null}
    </Table>
  )
}
