import { Button, Group, Modal, Text } from '@mantine/core'
import { memo, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  opened: boolean
  busy: boolean
  onConfirm(): void
  onClose(): void
}

/**
 * Esc on a full cart asks first: abandoning a sale is easy to do by accident. Esc here always
 * means "keep the sale", wherever focus is (even before the dialog has taken it), and the
 * focused button is "Kembali", so a stray Enter keeps the cart too.
 */
function CancelSaleDialogView({ opened, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation('kasir')
  useEffect(() => {
    if (!opened) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      event.stopPropagation()
      onClose()
    }
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [opened, onClose])
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

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const CancelSaleDialog = memo(CancelSaleDialogView)
