import { Alert, Button, Group, Stack, Switch, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp, IconCheck, IconPrinter } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountDocumentDto, CountLineDto } from '../../../../shared/opname/opname-dto'
import { call } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { isApprovalCancelled, useApproval } from '../../components/approval/use-approval'
import { saveFile } from '../../components/files/save-file'
import { PostCountModal } from './PostCountModal'
import { ReviewLinesTable } from './ReviewLinesTable'
import { ReviewSummary } from './ReviewSummary'

/** Uncounted first, then the largest variances, then the rest by name. */
const rank = (line: CountLineDto) => (line.counted === null ? 0 : line.variance ? 1 : 2)
const byAttention = (a: CountLineDto, b: CountLineDto) =>
  rank(a) - rank(b) ||
  Math.abs(b.varianceValue ?? b.variance ?? 0) - Math.abs(a.varianceValue ?? a.variance ?? 0) ||
  a.name.localeCompare(b.name)

/** Review (editable) and the posted or cancelled document (read-only). */
export function ReviewPanel({ doc }: { doc: CountDocumentDto }) {
  const { t } = useTranslation('opname')
  const client = useQueryClient()
  const editable = doc.state === 'review'
  const reopen = useChannelMutation('opname:reopen')
  const confirmZero = useChannelMutation('opname:confirmZero')
  const approval = useApproval()
  const [showAll, setShowAll] = useState(false)
  const [posting, setPosting] = useState(false)
  const [postError, setPostError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [printError, setPrintError] = useState<string | null>(null)
  const totals = doc.totals
  if (!totals) return null

  const attention = doc.lines.filter((l) => l.counted === null || l.variance)
  const shown = (showAll ? doc.lines : attention).toSorted(byAttention)
  const adjustments = doc.lines.filter((l) => l.variance).length

  const post = async () => {
    setBusy(true)
    setPostError(null)
    try {
      await approval.call('opname:post', { id: doc.id }, { subject: doc.countNo })
      await client.invalidateQueries()
      setPosting(false)
      notifications.show({ color: 'teal', message: t('post.done', { number: doc.countNo }) })
    } catch (error) {
      if (error instanceof Error && !isApprovalCancelled(error)) setPostError(error.message)
    } finally {
      setBusy(false)
    }
  }

  const print = async () => {
    setPrintError(null)
    try {
      saveFile(await call('opname:beritaAcara', { id: doc.id }))
    } catch (error) {
      setPrintError(error instanceof Error ? error.message : String(error))
    }
  }

  const error = reopen.error ?? confirmZero.error
  return (
    <Stack gap="md" mt="xs">
      <ReviewSummary totals={totals} />
      {editable && totals.uncounted > 0 && (
        <Alert color="orange" title={t('review.uncountedTitle', { count: totals.uncounted })}>
          <Stack gap="xs">
            <Text size="sm">{t('review.uncountedBody')}</Text>
            <Group gap="xs">
              <Button
                size="xs"
                color="orange"
                loading={confirmZero.isPending}
                onClick={() => confirmZero.mutate({ countId: doc.id, productIds: 'all-uncounted' })}
              >
                {t('review.confirmAllZero')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => reopen.mutate({ id: doc.id })}
                loading={reopen.isPending}
              >
                {t('review.recount')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {editable && totals.missingReasons > 0 && (
        <Alert color="red" py="xs">
          {t('review.reasonsMissing', { count: totals.missingReasons })}
        </Alert>
      )}
      {error && (
        <Text c="red" role="alert">
          {error.message}
        </Text>
      )}
      <Group justify="space-between">
        {doc.lines.length > attention.length ? (
          <Switch
            label={t('review.showAll', { count: doc.lines.length - attention.length })}
            checked={showAll}
            onChange={(event) => setShowAll(event.currentTarget.checked)}
          />
        ) : (
          <span />
        )}
        <Group gap="xs">
          {editable && (
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} aria-hidden />}
              onClick={() => reopen.mutate({ id: doc.id })}
              loading={reopen.isPending}
            >
              {t('review.recount')}
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={print}
          >
            {t('review.print')}
          </Button>
          {editable && (
            <Button
              leftSection={<IconCheck size={16} aria-hidden />}
              onClick={() => {
                setPostError(null)
                setPosting(true)
              }}
            >
              {t('review.post')}
            </Button>
          )}
        </Group>
      </Group>
      {printError && (
        <Text c="red" role="alert">
          {printError}
        </Text>
      )}
      {shown.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('review.noVariances')}
        </Text>
      ) : (
        <ReviewLinesTable
          doc={doc}
          lines={shown}
          editable={editable}
          onConfirmZero={(productId) =>
            confirmZero.mutate({ countId: doc.id, productIds: [productId] })
          }
        />
      )}
      <PostCountModal
        opened={posting}
        totals={totals}
        adjustments={adjustments}
        busy={busy}
        error={postError}
        onConfirm={post}
        onClose={() => setPosting(false)}
      />
      {approval.dialog}
    </Stack>
  )
}
