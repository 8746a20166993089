import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { PaymentMethodForm } from './PaymentMethodForm'

interface Props {
  opened: boolean
  /** The method being edited, or null for a new one. */
  method: PaymentMethodDto | null
  onClose: () => void
}

export function PaymentMethodFormModal({ opened, method, onClose }: Props) {
  const { t } = useTranslation('pengaturan')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(method ? 'payments.form.titleEdit' : 'payments.form.titleNew')}
      centered
      // Portalled out of the settings screen, so it sets the readable grey itself.
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {/* Mounted afresh on every open, so the form starts from the method it was opened for. */}
      <PaymentMethodForm key={method?.id ?? 'new'} method={method} onDone={onClose} />
    </Modal>
  )
}
