import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../../api/client'

interface Props {
  opened: boolean
  title: string
  onClose: () => void
  onSubmit: () => void
  submitLabel: string
  pending: boolean
  error: ApiError | null
  children: React.ReactNode
  /** Another way to finish, beside submit (e.g. print beside save). */
  extraAction?: React.ReactNode
  /** Submit waits while the other way is under way. */
  submitDisabled?: boolean
}

/** The frame every order action shares: fields, the refusal in words, cancel and submit. */
export function ActionModal(props: Props) {
  const { t } = useTranslation('common')
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack gap="sm">
        {props.children}
        {props.error && (
          <Alert color="red" role="alert">
            {props.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('actions.cancel')}
          </Button>
          {props.extraAction}
          <Button
            onClick={props.onSubmit}
            loading={props.pending}
            disabled={props.submitDisabled ?? false}
          >
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
