import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconPrinter, IconRadar } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrinterStatusDto, PrintResultDto } from '../../../../../shared/printing/printing-dto'
import { SettingsCard } from '../SettingsCard'
import { useGuardedSave } from '../use-guarded-save'

type Outcome =
  | { kind: 'test'; result: PrintResultDto }
  | { kind: 'status'; result: PrinterStatusDto }
  | { kind: 'failed'; message: string }

const paperColor = { ok: 'teal', 'near-end': 'yellow', 'paper-out': 'red' } as const

interface Props {
  configured: boolean
  /** Unsaved edits: the test would use the old settings, so it waits for Save. */
  dirty: boolean
}

/** Test page and paper status through the saved settings, with a plain result either way. */
export function PrinterTestCard({ configured, dirty }: Props) {
  const { t } = useTranslation('printing')
  const { save, pending, dialog } = useGuardedSave()
  const [busy, setBusy] = useState<'test' | 'status' | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const run = async (kind: 'test' | 'status') => {
    setBusy(kind)
    setOutcome(null)
    const onError = (error: { message: string }) =>
      setOutcome({ kind: 'failed', message: error.message })
    if (kind === 'test') {
      await save(
        'print:testPage',
        {},
        {
          onSuccess: (result) => setOutcome({ kind: 'test', result }),
          onError,
        },
      )
    } else {
      await save(
        'print:status',
        {},
        {
          onSuccess: (result) => setOutcome({ kind: 'status', result }),
          onError,
        },
      )
    }
    setBusy(null)
  }

  const blocked = !configured || dirty
  return (
    <SettingsCard
      id="printer-test"
      title={t('settings.test.title')}
      description={t('settings.test.description')}
    >
      {!configured && (
        <Text size="sm" c="dimmed">
          {t('settings.test.notConfigured')}
        </Text>
      )}
      {configured && dirty && (
        <Text size="sm" c="yellow.9">
          {t('settings.test.saveFirst')}
        </Text>
      )}
      <Group gap="sm">
        <Button
          leftSection={<IconPrinter size={16} aria-hidden />}
          loading={busy === 'test'}
          disabled={blocked || (pending && busy !== 'test')}
          onClick={() => void run('test')}
        >
          {t('settings.test.testPage')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconRadar size={16} aria-hidden />}
          loading={busy === 'status'}
          disabled={blocked || (pending && busy !== 'status')}
          onClick={() => void run('status')}
        >
          {t('settings.test.status')}
        </Button>
      </Group>
      {outcome?.kind === 'test' && (
        <Alert color="teal" role="status" py="xs" icon={<IconCheck size={18} aria-hidden />}>
          {t('settings.test.ok', { target: outcome.result.target, bytes: outcome.result.bytes })}
        </Alert>
      )}
      {outcome?.kind === 'status' && (
        <Stack gap={4} role="status">
          <Text size="sm">
            {t('settings.test.target')}:{' '}
            <Text span ff="monospace" size="sm">
              {outcome.result.target}
            </Text>
          </Text>
          <Group gap="xs">
            <Text size="sm">{t('settings.test.paper')}:</Text>
            <Badge
              tt="none"
              variant="light"
              color={
                outcome.result.paper === 'unsupported' ? 'gray' : paperColor[outcome.result.paper]
              }
            >
              {t(`settings.test.paperState.${outcome.result.paper}`)}
            </Badge>
          </Group>
        </Stack>
      )}
      {outcome?.kind === 'failed' && (
        <Alert
          color="red"
          role="alert"
          title={t('settings.test.failed')}
          icon={<IconAlertTriangle size={18} aria-hidden />}
        >
          {outcome.message}
        </Alert>
      )}
      {dialog}
    </SettingsCard>
  )
}
