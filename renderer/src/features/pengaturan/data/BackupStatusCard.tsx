import { Alert, Button, Group, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { BackupListDto } from '../../../../../shared/data/data-dto'
import { useChannelMutation } from '../../../api/hooks'
import { SettingsCard } from '../SettingsCard'
import { formatBackupDate, problemText } from './format-data'

export function BackupStatusCard({ list }: { list: BackupListDto | undefined }) {
  const { t, i18n } = useTranslation('data')
  const backupNow = useChannelMutation('data:backupNow')
  const lastBackupRun = list?.runs.find((r) => r.kind === 'backup')

  const run = () =>
    backupNow.mutate(
      {},
      {
        onSuccess: (result) =>
          notifications.show(
            result.ok
              ? { color: 'teal', message: t('status.done', { file: result.file }) }
              : {
                  color: 'red',
                  message: t('status.failed', { problem: problemText(t, result.problem) }),
                },
          ),
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    )

  return (
    <SettingsCard
      id="data-backups-status"
      title={t('status.title')}
      description={t('status.description')}
      action={
        <Button color="teal.9" onClick={run} loading={backupNow.isPending}>
          {t('status.backupNow')}
        </Button>
      }
    >
      {list ? (
        <>
          {lastBackupRun && !lastBackupRun.ok ? (
            <Alert color="red" variant="light" role="alert">
              {t('status.lastFailed', { problem: problemText(t, lastBackupRun.problem) })}
            </Alert>
          ) : null}
          {list.lastBackupAt ? (
            <Alert color="teal" variant="light">
              {t('status.last', {
                at: formatBackupDate(list.lastBackupAt, i18n.language),
                zone: t('timeZone'),
              })}
            </Alert>
          ) : (
            <Alert color="yellow" variant="light">
              {t('status.none')}
            </Alert>
          )}
          <Table variant="vertical" withRowBorders={false} verticalSpacing={4} layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('status.folder')}</Table.Th>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {list.folder}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {list.secondFolder ? (
                <Table.Tr>
                  <Table.Th>{t('status.second')}</Table.Th>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" align="baseline">
                      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {list.secondFolder.path}
                      </Text>
                      <Text size="sm" c={list.secondFolder.available ? 'teal.9' : 'orange.9'}>
                        {list.secondFolder.available
                          ? t('status.secondAvailable')
                          : t('status.secondMissing')}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </SettingsCard>
  )
}
