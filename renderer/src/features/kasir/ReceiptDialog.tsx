import { Button, Modal, ScrollArea, Stack } from '@mantine/core'
import { IconReceipt } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/dto'
import { ReceiptView } from './ReceiptView'

interface Props {
  opened: boolean
  /** Kept while the dialog fades out, so its content does not vanish mid-transition. */
  sale: SaleDto | null
  onNewSale(): void
  onClosed(): void
}

/** Shown once the sale is recorded; Enter (the focused button) starts the next customer. */
export function ReceiptDialog({ opened, sale, onNewSale, onClosed }: Props) {
  const { t } = useTranslation('kasir')
  return (
    <Modal
      opened={opened}
      onClose={onNewSale}
      onExitTransitionEnd={onClosed}
      returnFocus={false}
      title={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontWeight: 700 }}>
          <IconReceipt size={20} aria-hidden />
          {t('receipt.title')}
        </span>
      }
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      size={460}
    >
      {sale && (
        <Stack gap="md">
          <ScrollArea.Autosize mah="calc(100dvh - 260px)" type="auto">
            <ReceiptView sale={sale} />
          </ScrollArea.Autosize>
          <Button size="lg" fullWidth color="teal.9" onClick={onNewSale} data-autofocus>
            {t('receipt.newSale')}
          </Button>
        </Stack>
      )}
    </Modal>
  )
}
