import { Button, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { IconArrowBackUp, IconListCheck } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountDocumentDto, CountEntryResultDto } from '../../../../shared/opname/opname-dto'
import { call } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { useBarcodeScanner } from '../kasir/use-barcode-scanner'
import { BlindNotice } from './BlindNotice'
import { CountedTable } from './CountedTable'
import { ManualCountForm } from './ManualCountForm'
import { ScanFeedback, type Feedback } from './ScanFeedback'
import { SessionStart } from './SessionStart'
import { useCountSession } from './use-count-session'

/**
 * Counting: scan (+1 each), type a quantity, undo the last entry. Blind — the system
 * quantity is never shown here. Scans are sent one after another so the big number on
 * screen is always the latest total.
 */
export function CountingPanel({ doc }: { doc: CountDocumentDto }) {
  const { t } = useTranslation('opname')
  const client = useQueryClient()
  const { session, sessionId, choose } = useCountSession(doc.id, doc.sessions)
  const review = useChannelMutation('opname:review')
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [undoStack, setUndoStack] = useState<CountEntryResultDto[]>([])
  const [code, setCode] = useState('')
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const seq = useRef(0)

  const record = useCallback(
    (attempt: () => Promise<CountEntryResultDto>, onDone?: (r: CountEntryResultDto) => void) => {
      const run = queue.current.then(async () => {
        try {
          const result = await attempt()
          setFeedback({ kind: 'ok', result, seq: ++seq.current })
          onDone?.(result)
          void client.invalidateQueries({ queryKey: ['opname:get'] })
          return true
        } catch (error) {
          setFeedback({
            kind: 'error',
            message: error instanceof Error ? error.message : String(error),
            seq: ++seq.current,
          })
          return false
        }
      })
      queue.current = run
      return run
    },
    [client],
  )

  const scan = useCallback(
    (barcode: string) => {
      if (!sessionId || !barcode.trim()) return
      void record(
        () => call('opname:scan', { countId: doc.id, sessionId, barcode: barcode.trim() }),
        (result) => setUndoStack((stack) => [...stack.slice(-49), result]),
      )
    },
    [doc.id, sessionId, record],
  )
  useBarcodeScanner(scan)

  const undo = () => {
    const last = undoStack.at(-1)
    if (!last) return
    void record(
      () => call('opname:undo', { countId: doc.id, entryId: last.entryId }),
      () => setUndoStack((stack) => stack.slice(0, -1)),
    )
  }

  if (!sessionId || !session) {
    return (
      <Stack gap="md" mt="md">
        <BlindNotice />
        <SessionStart countId={doc.id} sessions={doc.sessions} onStarted={choose} />
      </Stack>
    )
  }

  const lastUndoable = undoStack.at(-1)
  return (
    <Stack gap="md" mt="xs">
      <BlindNotice />
      <Grid gap="lg">
        <Grid.Col span={7}>
          <Stack gap="sm">
            <Group justify="space-between" align="center">
              <Text fw={600}>{t('session.current', { label: session.label })}</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => choose(null)}>
                {t('session.change')}
              </Button>
            </Group>
            <form
              onSubmit={(event) => {
                event.preventDefault()
                scan(code)
                setCode('')
              }}
            >
              <TextInput
                label={t('scan.label')}
                description={t('scan.hint')}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                maxLength={32}
                size="md"
                autoComplete="off"
              />
            </form>
            <ScanFeedback feedback={feedback} />
            <Group justify="space-between">
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} aria-hidden />}
                onClick={undo}
                disabled={!lastUndoable}
              >
                {lastUndoable
                  ? t('scan.undo', { name: lastUndoable.product.name })
                  : t('scan.undoNone')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <ManualCountForm
              onCount={(productId, qty) =>
                record(
                  () => call('opname:count', { countId: doc.id, sessionId, productId, qty }),
                  (result) => setUndoStack((stack) => [...stack.slice(-49), result]),
                )
              }
            />
            <Stack gap={4}>
              <Text fw={600} size="sm">
                {t('session.all')}
              </Text>
              {doc.sessions.map((s) => (
                <Text key={s.id} size="sm">
                  {t('session.line', { label: s.label, user: s.userName, count: s.units })}
                </Text>
              ))}
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
      <Group justify="space-between" align="center" mt="sm">
        <Title order={3} size="h4">
          {t('counting.title', { count: doc.lines.length })}
        </Title>
        <Button
          leftSection={<IconListCheck size={18} aria-hidden />}
          loading={review.isPending}
          onClick={() => review.mutate({ id: doc.id })}
        >
          {t('counting.finish')}
        </Button>
      </Group>
      {review.error && (
        <Text c="red" role="alert">
          {review.error.message}
        </Text>
      )}
      <CountedTable lines={doc.lines} />
    </Stack>
  )
}
