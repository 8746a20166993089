import {
  Alert,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShiftDto } from '../../../../shared/shifts/shifts-dto'
import { formatRupiah } from '../../../../shared/money'
import { RupiahInput } from '../produk/RupiahInput'
import { isClosed, type ClosedShift } from './closed-shift'
import { DenominationTable } from './DenominationTable'
import { countedTotal, countsByValue, type DenominationCounts } from './denominations'
import { useShiftAction } from './use-shift-action'

const MAX_NOTE = 200

type Mode = 'denominations' | 'total'

/**
 * The blind count: the cashier counts the drawer without seeing what is expected, so the
 * count cannot be nudged to match. The expected amount appears only on the Z report.
 */
export function CloseShiftForm({
  shift,
  userName,
  onClosed,
  onCancel,
}: {
  shift: ShiftDto
  userName: string
  onClosed(shift: ClosedShift): void
  onCancel(): void
}) {
  const { t } = useTranslation('shift')
  const action = useShiftAction('shifts:close')
  const [mode, setMode] = useState<Mode>('denominations')
  const [counts, setCounts] = useState<DenominationCounts>({})
  const [typed, setTyped] = useState<number | ''>('')
  const [note, setNote] = useState('')
  const [confirming, setConfirming] = useState(false)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const countedLabel = useId()
  // Names are unique, so the name tells whether this is someone else's shift.
  const othersShift = shift.openedBy !== userName
  const counted = mode === 'denominations' ? countedTotal(counts) : typed === '' ? 0 : typed

  const close = async () => {
    setConfirming(false)
    const trimmed = note.trim()
    const byValue = countsByValue(counts)
    const result = await action.submit({
      countedCash: counted,
      ...(mode === 'denominations' && Object.keys(byValue).length > 0
        ? { denominations: byValue }
        : {}),
      ...(trimmed ? { note: trimmed } : {}),
      force: othersShift,
    })
    if (result && isClosed(result.data)) onClosed(result.data)
  }

  return (
    <Stack gap="sm">
      <div>
        <Title order={2}>{t('close.title')}</Title>
        <Text size="sm" c="gray.7">
          {t('close.body')}
        </Text>
      </div>
      <Group align="flex-start" gap="md" wrap="nowrap">
        {mode === 'denominations' ? (
          <Paper withBorder radius="md" p="xs" w={440}>
            <DenominationTable
              counts={counts}
              onChange={setCounts}
              onDone={() => noteRef.current?.focus()}
            />
          </Paper>
        ) : null}
        <form
          style={{ flex: 1, maxWidth: 520 }}
          onSubmit={(event) => {
            event.preventDefault()
            setConfirming(true)
          }}
        >
          <Stack gap="sm">
            <SegmentedControl
              aria-label={t('close.mode')}
              value={mode}
              onChange={(value) => setMode(value as Mode)}
              data={[
                { value: 'denominations', label: t('close.byDenomination') },
                { value: 'total', label: t('close.byTotal') },
              ]}
            />
            {mode === 'total' ? (
              <RupiahInput
                label={t('close.typedTotal')}
                value={typed}
                onChange={(value) => setTyped(typeof value === 'number' ? value : '')}
                min={0}
                size="lg"
                autoFocus
                error={action.error?.fieldErrors().countedCash}
              />
            ) : (
              <Paper withBorder radius="md" p="md" bg="gray.0">
                <Stack gap={0} role="status" aria-live="polite" aria-labelledby={countedLabel}>
                  <Text size="sm" c="gray.7" id={countedLabel}>
                    {t('close.total')}
                  </Text>
                  <Text fz={32} fw={700}>
                    {formatRupiah(counted)}
                  </Text>
                </Stack>
              </Paper>
            )}
            <Textarea
              ref={noteRef}
              label={t('close.remark')}
              placeholder={t('close.remarkPlaceholder')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              maxLength={MAX_NOTE}
              autosize
              minRows={2}
              maxRows={4}
              error={action.error?.fieldErrors().note}
            />
            {othersShift ? (
              <Alert color="orange">{t('close.otherCashier', { name: shift.openedBy })}</Alert>
            ) : null}
            {action.error && !action.error.fieldErrors().countedCash ? (
              <Alert color="red" role="alert">
                {action.error.message}
              </Alert>
            ) : null}
            <Group justify="space-between">
              <Button variant="default" onClick={onCancel}>
                {t('close.back')}
              </Button>
              <Button
                type="submit"
                color="red.8"
                loading={action.pending}
                leftSection={<IconLock size={16} aria-hidden />}
              >
                {t('close.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Group>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('close.confirmTitle')}
        centered
      >
        <Stack>
          <Text>{t('close.confirmBody', { amount: formatRupiah(counted) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('close.cancel')}
            </Button>
            <Button color="red.8" onClick={() => void close()} data-autofocus>
              {t('close.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      {action.dialog}
    </Stack>
  )
}
