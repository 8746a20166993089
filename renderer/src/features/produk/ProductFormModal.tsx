import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { ProductForm } from './ProductForm'
import { ProductHistory } from './ProductHistory'

interface Props {
  opened: boolean
  /** The product being edited, or null for a new one. */
  product: ProductDto | null
  onClose: () => void
}

export function ProductFormModal({ opened, product, onClose }: Props) {
  const { t } = useTranslation('produk')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(product ? 'form.titleEdit' : 'form.titleNew')}
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {/* Mounted afresh on every open, so the form starts from the product it was opened for. */}
      <ProductForm key={product?.id ?? 'new'} product={product} onDone={onClose} />
      {product ? <ProductHistory productId={product.id} /> : null}
    </Modal>
  )
}
