import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface Props {
  opened: boolean
  busy: boolean
  onConfirm(): void
  onClose(): void
}

/** Esc on a full cart asks first: abandoning a sale is easy to do by accident. */
export function CancelSaleDialog({ opened, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation('kasir')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cancel.title')}
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      returnFocus={false}
    >
      <Text mb="lg">{t('cancel.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('cancel.back')}
        </Button>
        <Button color="red.8" loading={busy} onClick={onConfirm}>
          {t('cancel.confirm')}
        </Button>
      </Group>
    </Modal>
  )
}
