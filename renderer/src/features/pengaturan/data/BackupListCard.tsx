import { Badge, Button, ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BackupDto } from '../../../../../shared/data/data-dto'
import { formatRupiah } from '../../../../../shared/money'
import { SettingsCard } from '../SettingsCard'
import { formatBackupDate, formatBytes, problemText } from './format-data'

interface Props {
  backups: BackupDto[]
  onRestore: (backup: BackupDto) => void
}

export function BackupListCard({ backups, onRestore }: Props) {
  const { t, i18n } = useTranslation('data')
  return (
    <SettingsCard id="data-backups-list" title={t('list.title')}>
      {backups.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('list.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={360} type="auto">
          <Table striped highlightOnHover verticalSpacing={6} stickyHeader>
            <Table.Caption>{t('list.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th>{t('list.verified')}</Table.Th>
                <Table.Th ta="right">{t('list.sales')}</Table.Th>
                <Table.Th ta="right">{t('list.size')}</Table.Th>
                <Table.Th>{t('list.destination')}</Table.Th>
                <Table.Th aria-hidden />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((backup) => {
                const date = formatBackupDate(backup.createdAt, i18n.language)
                return (
                  <Table.Tr key={backup.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {date} {t('timeZone')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`triggers.${backup.trigger}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {backup.verification.ok ? (
                        <Badge color="teal" variant="light">
                          {t('list.ok')}
                        </Badge>
                      ) : (
                        <Badge
                          color="red"
                          variant="light"
                          title={problemText(t, backup.verification.problem)}
                        >
                          {t('list.bad')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{backup.counts?.rows.sales ?? '–'}</Text>
                      {backup.counts ? (
                        <Text size="xs" c="dimmed">
                          {formatRupiah(backup.counts.salesTotal)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">{formatBytes(backup.bytes, i18n.language)}</Table.Td>
                    <Table.Td>
                      {backup.destination === 'primary' ? t('list.primary') : t('list.second')}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onRestore(backup)}
                        aria-label={t('list.restoreLabel', { date })}
                      >
                        {t('list.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </SettingsCard>
  )
}
