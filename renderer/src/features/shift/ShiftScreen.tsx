import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { CloseShiftForm } from './CloseShiftForm'
import { isClosed, type ClosedShift } from './closed-shift'
import { OpenShiftCard } from './OpenShiftCard'
import { OpenShiftView } from './OpenShiftView'
import { ShiftHistoryTable } from './ShiftHistoryTable'
import { ZReport } from './ZReport'

const HISTORY_LIMIT = 20

/**
 * The cashier's shift: open it with a float; while open, cash in/out, drawer openings and
 * the running X report; close it with a blind count, which ends on the Z report.
 */
export function ShiftScreen() {
  const { t } = useTranslation('shift')
  const info = useChannel('app:info', {})
  const current = useChannel('shifts:current', {})
  const [closing, setClosing] = useState(false)
  // The Z report just produced stays on screen until the cashier has read it.
  const [justClosed, setJustClosed] = useState<ClosedShift | null>(null)
  const userName = info.data?.user?.name ?? ''

  if (justClosed) {
    return (
      <Stack gap="sm">
        <ZReport shift={justClosed} />
        <Group justify="flex-end">
          <Button size="md" color="teal.9" onClick={() => setJustClosed(null)} autoFocus>
            {t('z.done')}
          </Button>
        </Group>
      </Stack>
    )
  }
  if (current.error) {
    return (
      <Alert color="red" role="alert">
        {t('loadFailed', { message: current.error.message })}
      </Alert>
    )
  }
  if (current.data === undefined) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('title')} />
      </Center>
    )
  }
  const shift = current.data
  if (shift && closing) {
    return (
      <CloseShiftForm
        shift={shift}
        userName={userName}
        onCancel={() => setClosing(false)}
        onClosed={(z) => {
          setClosing(false)
          setJustClosed(z)
        }}
      />
    )
  }
  if (shift) return <OpenShiftView shift={shift} onClose={() => setClosing(true)} />
  return <NoShift cashierName={userName} />
}

function NoShift({ cashierName }: { cashierName: string }) {
  const { t } = useTranslation('shift')
  const history = useChannel('shifts:history', { limit: HISTORY_LIMIT })
  const closed = (history.data ?? []).filter(isClosed)
  const [viewing, setViewing] = useState<ClosedShift | null>(null)
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="gray.7">
          {t('subtitle')}
        </Text>
      </div>
      <OpenShiftCard cashierName={cashierName} />
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('history.title')}
        </Title>
        {history.error ? (
          <Alert color="red" role="alert">
            {t('loadFailed', { message: history.error.message })}
          </Alert>
        ) : (
          <Paper withBorder radius="md">
            <ShiftHistoryTable shifts={closed} onOpen={setViewing} />
          </Paper>
        )}
      </Stack>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing ? t('z.title', { zNo: viewing.closed.zNo }) : ''}
        closeButtonProps={{ 'aria-label': t('z.modalClose') }}
        size={1200}
      >
        {viewing ? <ZReport shift={viewing} titled={false} /> : null}
      </Modal>
    </Stack>
  )
}
