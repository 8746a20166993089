import {
  Alert,
  Button,
  Center,
  Code,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupDto } from '../../../../../shared/data/data-dto'
import { useChannel } from '../../../api/hooks'
import { BackupListCard } from './BackupListCard'
import { formatBackupDate, problemText } from './format-data'
import { RestoreDialog } from './RestoreDialog'

/**
 * Shown instead of the app when the database failed its start-up check: main answers only
 * the backup and restore channels, so nothing can run on the damaged file.
 */
export function RecoveryScreen() {
  const { t, i18n } = useTranslation('data')
  const { t: tc } = useTranslation('common')
  const recovery = useChannel('data:recovery', {})
  const [restoring, setRestoring] = useState<BackupDto | null>(null)
  const info = recovery.data?.mode === 'recovery' ? recovery.data : null
  const latest = info?.backups.find((b) => b.verification.ok) ?? null

  return (
    <Center mih="100vh" p="xl" bg="gray.0">
      <Paper withBorder radius="md" p="xl" maw={980} w="100%" component="main">
        <Stack gap="md">
          <SegmentedControl
            aria-label={tc('language.label')}
            style={{ alignSelf: 'flex-end' }}
            value={i18n.language}
            onChange={(value) => void i18n.changeLanguage(value)}
            data={[
              { value: 'id', label: tc('language.id') },
              { value: 'en', label: tc('language.en') },
            ]}
          />
          <Title order={1} size="h2" c="red.9">
            {t('recovery.title')}
          </Title>
          {info ? (
            <>
              <Text>{t('recovery.body', { problem: problemText(t, info.problem) })}</Text>
              <Text size="sm">
                {t('recovery.dataDir')}: <Code>{info.dataDir}</Code>
              </Text>
              {latest ? (
                <Button
                  size="lg"
                  color="teal.9"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setRestoring(latest)}
                >
                  {t('recovery.latest', {
                    date: `${formatBackupDate(latest.createdAt, i18n.language)} ${t('timeZone')}`,
                  })}
                </Button>
              ) : (
                <Alert color="red" role="alert">
                  {t('recovery.noBackup')}
                </Alert>
              )}
              {info.backups.length > 0 ? (
                <BackupListCard backups={info.backups} onRestore={setRestoring} />
              ) : null}
            </>
          ) : recovery.error ? (
            <Alert color="red" role="alert">
              {recovery.error.message}
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      <RestoreDialog
        key={restoring?.id ?? 'none'}
        backup={restoring}
        onClose={() => setRestoring(null)}
        askAdminPin
      />
    </Center>
  )
}
