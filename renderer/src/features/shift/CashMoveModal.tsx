import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { RupiahInput } from '../produk/RupiahInput'
import { ReasonSuggestions } from './ReasonSuggestions'
import { useShiftAction } from './use-shift-action'

const MAX_REASON = 120

/** Cash put into or taken out of the drawer outside a sale, with its reason. */
export function CashMoveModal({ kind, onClose }: { kind: 'in' | 'out' | null; onClose(): void }) {
  const { t } = useTranslation('shift')
  return (
    <Modal
      opened={kind !== null}
      onClose={onClose}
      title={kind === 'in' ? t('move.inTitle') : t('move.outTitle')}
      centered
    >
      {kind ? <CashMoveForm key={kind} kind={kind} onDone={onClose} /> : null}
    </Modal>
  )
}

function CashMoveForm({ kind, onDone }: { kind: 'in' | 'out'; onDone(): void }) {
  const { t } = useTranslation('shift')
  const action = useShiftAction('shifts:cash')
  const [amount, setAmount] = useState<number | ''>('')
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState<{ amount?: string; reason?: string }>({})
  const reasonRef = useRef<HTMLInputElement>(null)
  const fieldErrors = action.error?.fieldErrors() ?? {}
  const reasons =
    kind === 'in'
      ? [t('move.inReasons.change'), t('move.inReasons.treasurer')]
      : [t('move.outReasons.bags'), t('move.outReasons.deposit'), t('move.outReasons.supplies')]

  const submit = async () => {
    const value = typeof amount === 'number' ? amount : 0
    const why = reason.trim()
    const problems = {
      ...(value > 0 ? {} : { amount: t('move.amountRequired') }),
      ...(why ? {} : { reason: t('move.reasonRequired') }),
    }
    setMissing(problems)
    if (problems.amount || problems.reason) return
    if (!(await action.submit({ kind, amount: value, reason: why }))) return
    notifications.show({
      color: 'teal',
      message: t(kind === 'in' ? 'move.inDone' : 'move.outDone', { amount: formatRupiah(value) }),
    })
    onDone()
  }

  const generalError =
    action.error && !fieldErrors.amount && !fieldErrors.reason ? action.error.message : null
  // The approval dialog sits outside the form: React events bubble through portals.
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            {kind === 'in' ? t('move.inBody') : t('move.outBody')}
          </Text>
          <RupiahInput
            label={t('move.amount')}
            value={amount}
            onChange={(value) => setAmount(typeof value === 'number' ? value : '')}
            min={0}
            error={missing.amount ?? fieldErrors.amount}
            data-autofocus
            size="md"
          />
          <TextInput
            ref={reasonRef}
            label={t('move.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={MAX_REASON}
            error={missing.reason ?? fieldErrors.reason}
          />
          <ReasonSuggestions
            label={t('move.suggestions')}
            reasons={reasons}
            onPick={(picked) => {
              setReason(picked)
              reasonRef.current?.focus()
            }}
          />
          {generalError ? (
            <Alert color="red" role="alert">
              {generalError}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('move.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={action.pending}>
              {t('move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {action.dialog}
    </>
  )
}
