import { Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { ReturnForm } from './ReturnForm'

interface Props {
  opened: boolean
  sale: SaleDto | undefined
  onClose(): void
  /** The server said no: what is on screen may be stale (another till acted first). */
  onRefused(): void
}

export function ReturnDialog({ opened, sale, onClose, onRefused }: Props) {
  const { t } = useTranslation('riwayat')
  return (
    <Modal
      opened={opened && sale !== undefined}
      onClose={onClose}
      title={
        <Text component="span" fw={700}>
          {t('return.title', { receiptNo: sale?.receiptNo ?? '' })}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('return.back') }}
      size={920}
      // Above the detail drawer (z-index 200), whose content would otherwise show undimmed.
      zIndex={300}
      yOffset="3dvh"
    >
      {/* Mounted per opening: each opening is one return request with its own id. */}
      {sale && <ReturnForm sale={sale} onClose={onClose} onRefused={onRefused} />}
    </Modal>
  )
}
