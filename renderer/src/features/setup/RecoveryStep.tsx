import { Alert, Button, Checkbox, Group, List, Loader, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'
import { RecoveryPdfButton } from '../pengaturan/data/RecoveryPdfButton'

/**
 * The last step: the chain key's recovery code, shown this once without a PIN (the wizard
 * fetched it when this step opened, so going back and forth does not spend the free showing
 * twice), saved as a PDF, and a tick that it is on paper before the app opens. A training
 * choice from the catalogue step is entered here, after the code: the practice books have a
 * key of their own.
 */
const GROUPS_PER_LINE = 5

function lines(code: string): string[] {
  const groups = code.split('-')
  const out: string[] = []
  for (let i = 0; i < groups.length; i += GROUPS_PER_LINE) {
    const last = i + GROUPS_PER_LINE >= groups.length
    out.push(groups.slice(i, i + GROUPS_PER_LINE).join('-') + (last ? '' : '-'))
  }
  return out
}

export function RecoveryStep({
  code,
  error,
  training,
  onFinish,
}: {
  code: string | null
  error: string | null
  training: boolean
  onFinish: () => void
}) {
  const { t } = useTranslation('setup')
  const [written, setWritten] = useState(false)
  const enterTraining = useChannelMutation('training:enter')
  const finish = () => {
    if (!training) return onFinish()
    enterTraining.mutate({}, { onSuccess: onFinish })
  }
  return (
    <Stack gap="md">
      <Text>{t('recovery.intro')}</Text>
      {error ? (
        <Alert color="red" role="alert">
          {t('recovery.failed', { message: error })}
        </Alert>
      ) : code ? (
        <Paper withBorder radius="md" p="md" bg="gray.0">
          <Text size="sm" fw={600} id="recovery-code-label">
            {t('recovery.codeLabel')}
          </Text>
          <Text
            role="group"
            aria-labelledby="recovery-code-label"
            ff="monospace"
            fz={28}
            fw={700}
            lh={1.5}
            style={{ letterSpacing: '0.06em', userSelect: 'all' }}
          >
            {/* Five groups a line, as on the PDF; a line ends in its hyphen so the text is the code. */}
            {lines(code).map((line) => (
              <span key={line} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
          </Text>
        </Paper>
      ) : (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('recovery.loading')}</Text>
        </Group>
      )}
      <List size="sm" spacing={4}>
        <List.Item>{t('recovery.purpose')}</List.Item>
        <List.Item>{t('recovery.safe')}</List.Item>
        <List.Item>{t('recovery.later')}</List.Item>
      </List>
      {code ? <RecoveryPdfButton code={code} /> : null}
      {code ? (
        <Checkbox
          label={t('recovery.confirm')}
          checked={written}
          onChange={(event) => setWritten(event.currentTarget.checked)}
        />
      ) : null}
      {enterTraining.error ? (
        <Text c="red" role="alert">
          {enterTraining.error.message}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button
          onClick={finish}
          // With no code to write down (it failed), the app opens; Pengaturan → Data shows it.
          disabled={code !== null ? !written : error === null}
          loading={enterTraining.isPending}
        >
          {t('recovery.finish')}
        </Button>
      </Group>
    </Stack>
  )
}
