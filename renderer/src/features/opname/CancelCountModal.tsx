import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  countId: string
  opened: boolean
  onClose: () => void
}

/** Cancelling keeps the document (and its entries) for the record; it can never be posted. */
export function CancelCountModal({ countId, opened, onClose }: Props) {
  const { t } = useTranslation('opname')
  const cancel = useChannelMutation('opname:cancel')
  const [reason, setReason] = useState('')
  return (
    <Modal opened={opened} onClose={onClose} title={t('cancel.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!reason.trim()) return
          cancel.mutate({ id: countId, reason }, { onSuccess: onClose })
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('cancel.body')}</Text>
          <TextInput
            label={t('cancel.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={200}
            required
            data-autofocus
          />
          {cancel.error && (
            <Text c="red" size="sm" role="alert">
              {cancel.error.message}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel.keep')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending} disabled={!reason.trim()}>
              {t('cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
