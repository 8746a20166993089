import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupDto } from '../../../../shared/data/data-dto'
import { call, type ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'

/** "Pulihkan dari cadangan": pick a backup on the USB stick; the app reopens into it. */
export function RestorePanel({ onCancel }: { onCancel: () => void }) {
  const { t, i18n } = useTranslation('setup')
  const [folder, setFolder] = useState('')
  const [found, setFound] = useState<BackupDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [finding, setFinding] = useState(false)
  const restore = useChannelMutation('setup:restore')
  const find = async () => {
    setError(null)
    setFinding(true)
    try {
      setFound(await call('setup:backupsIn', { folder }))
    } catch (e) {
      setFound(null)
      setError((e as ApiError).message)
    } finally {
      setFinding(false)
    }
  }
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(iso),
    )
  return (
    <Stack gap="md" component="section" aria-labelledby="restore-title">
      <Text fw={600} id="restore-title">
        {t('restore.title')}
      </Text>
      <Text size="sm">{t('restore.intro')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('restore.folder')}
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          w={420}
        />
        <Button onClick={() => void find()} loading={finding} disabled={folder.trim() === ''}>
          {t('restore.find')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('restore.cancel')}
        </Button>
      </Group>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      {restore.error ? (
        <Alert color="red" role="alert">
          {restore.error.message}
        </Alert>
      ) : null}
      {found && found.length === 0 ? <Text>{t('restore.none')}</Text> : null}
      {found && found.length > 0 ? (
        <Table>
          <Table.Tbody>
            {found.map((backup) => (
              <Table.Tr key={backup.file}>
                <Table.Td>{backup.file}</Table.Td>
                <Table.Td>{t('restore.created', { when: when(backup.createdAt) })}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    loading={restore.isPending}
                    onClick={() => restore.mutate({ folder, file: backup.file })}
                  >
                    {t('restore.pick', { file: backup.file })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  )
}
