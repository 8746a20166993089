import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { ReceiveStockForm } from './ReceiveStockForm'

interface Props {
  opened: boolean
  product: ProductDto | null
  onClose: () => void
}

export function ReceiveStockModal({ opened, product, onClose }: Props) {
  const { t } = useTranslation('stok')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('form.title')}
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      <ReceiveStockForm key={product?.id ?? 'any'} initialProduct={product} onDone={onClose} />
    </Modal>
  )
}
