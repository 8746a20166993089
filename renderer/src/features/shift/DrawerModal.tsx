import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ReasonSuggestions } from './ReasonSuggestions'
import { useShiftAction } from './use-shift-action'

const MAX_REASON = 120

/** Opening the drawer without a sale: allowed with a reason, and always on the Z report. */
export function DrawerModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('shift')
  return (
    <Modal opened={opened} onClose={onClose} title={t('drawer.title')} centered>
      {opened ? <DrawerForm onDone={onClose} /> : null}
    </Modal>
  )
}

function DrawerForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('shift')
  const action = useShiftAction('shifts:drawer')
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState<string | null>(null)
  const reasonRef = useRef<HTMLInputElement>(null)
  const fieldError = action.error?.fieldErrors().reason

  const submit = async () => {
    const why = reason.trim()
    setMissing(why ? null : t('drawer.reasonRequired'))
    if (!why) return
    if (!(await action.submit({ reason: why }))) return
    notifications.show({ color: 'teal', message: t('drawer.done') })
    onDone()
  }

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
            {t('drawer.body')}
          </Text>
          <TextInput
            ref={reasonRef}
            label={t('drawer.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={MAX_REASON}
            error={missing ?? fieldError}
            data-autofocus
          />
          <ReasonSuggestions
            label={t('move.suggestions')}
            reasons={[t('drawer.reasons.exchange'), t('drawer.reasons.check')]}
            onPick={(picked) => {
              setReason(picked)
              reasonRef.current?.focus()
            }}
          />
          {action.error && !fieldError ? (
            <Alert color="red" role="alert">
              {action.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('drawer.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={action.pending}>
              {t('drawer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {action.dialog}
    </>
  )
}
