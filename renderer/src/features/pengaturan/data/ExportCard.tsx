import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportResultDto } from '../../../../../shared/data/data-dto'
import { useChannelMutation } from '../../../api/hooks'
import { saveFile } from '../../../components/files/save-file'
import { SettingsCard } from '../SettingsCard'
import { formatBytes } from './format-data'

export function ExportCard() {
  const { t, i18n } = useTranslation('data')
  const exporter = useChannelMutation('data:export')
  const [folder, setFolder] = useState('')
  const [error, setError] = useState<string | null>(null)
  // What the last export ended at, kept on screen to copy into the handover record.
  const [done, setDone] = useState<ExportResultDto | null>(null)

  const download = () =>
    exporter.mutate(
      { folder: null },
      {
        onSuccess: (result) => {
          if (result.file) saveFile(result.file)
          setDone(result)
        },
        onError: (e) => notifications.show({ color: 'red', message: e.message }),
      },
    )

  const toFolder = () => {
    setError(null)
    exporter.mutate(
      { folder: folder.trim() },
      {
        onSuccess: (result) => {
          setDone(result)
          notifications.show({
            color: 'teal',
            message: t('export.saved', {
              path: result.path,
              size: formatBytes(result.bytes, i18n.language),
            }),
          })
        },
        onError: (e) => setError(e.fieldErrors().folder ?? e.message),
      },
    )
  }

  return (
    <SettingsCard
      id="data-export"
      title={t('export.title')}
      description={t('export.description')}
      action={
        <Button variant="default" onClick={download} loading={exporter.isPending}>
          {t('export.download')}
        </Button>
      }
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          toFolder()
        }}
      >
        <Stack gap="xs">
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('export.folder')}
              description={t('export.folderHint')}
              value={folder}
              onChange={(event) => setFolder(event.currentTarget.value)}
              error={error}
              spellCheck={false}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="default" mt={44} disabled={folder.trim() === ''}>
              {t('export.toFolder')}
            </Button>
          </Group>
          {done && (
            <Alert
              color="teal"
              title={t('export.anchorTitle')}
              aria-label={t('export.anchorTitle')}
            >
              <Stack gap={4}>
                <Text size="sm">
                  {t('export.anchor')}{' '}
                  <Code data-testid="export-anchor">{done.anchor ?? t('evidence.noAnchor')}</Code>
                </Text>
                <Text size="sm">
                  {done.path ? t('export.anchorManifest') : t('export.anchorHint')}
                </Text>
              </Stack>
            </Alert>
          )}
        </Stack>
      </form>
    </SettingsCard>
  )
}
