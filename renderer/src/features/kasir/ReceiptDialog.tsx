import {
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconPrinter, IconReceipt } from '@tabler/icons-react'
import { memo, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { useChannel } from '../../api/hooks'
import { ReceiptFileButtons } from '../printing/ReceiptFileButtons'
import { ReceiptPaperPreview } from '../printing/ReceiptPaperPreview'
import { ReceiptPrintStatus } from '../printing/ReceiptPrintStatus'
import { useReceiptPrint } from '../printing/use-receipt-print'
import { ReceiptView } from './ReceiptView'

interface Props {
  opened: boolean
  /** Kept while the dialog fades out, so its content does not vanish mid-transition. */
  sale: SaleDto | null
  onNewSale(): void
  onClosed(): void
}

/**
 * Shown once the sale is recorded; Enter (the focused button) starts the next customer.
 * Beside the summary, the receipt as the printer lays it out, printed automatically when the
 * settings say so. Printing runs after the sale is committed and only reports back: a failed
 * print shows the reason and Retry, and never touches the sale.
 */
function ReceiptDialogView({ opened, sale, onNewSale, onClosed }: Props) {
  const { t } = useTranslation('kasir')
  const { t: tp } = useTranslation('printing')
  const settings = useChannel('print:settings', {}, { enabled: opened, retry: false })
  // The same preview the paper column shows (one query): the screen receipt is its model.
  const preview = useChannel(
    'print:receiptPreview',
    { saleId: sale?.id ?? '', copy: false },
    { enabled: sale !== null, retry: false },
  )
  const printer = useReceiptPrint()
  const { print, reset } = printer
  const autoPrinted = useRef<string | null>(null)
  const saleId = sale?.id ?? null
  const configured = settings.data !== undefined && settings.data.transport !== 'none'

  useEffect(() => {
    if (!opened || !saleId || !settings.data) return
    if (autoPrinted.current === saleId) return
    autoPrinted.current = saleId
    reset()
    if (settings.data.autoPrint && settings.data.transport !== 'none') {
      void print({ saleId, copy: false })
    }
  }, [opened, saleId, settings.data, print, reset])

  const printed = printer.state.status === 'done'
  const failed = printer.state.status === 'failed'
  return (
    <Modal
      opened={opened}
      onClose={onNewSale}
      onExitTransitionEnd={onClosed}
      returnFocus={false}
      // Up at once: the receipt number is what the cashier waits for after Pay. No fade-in (a
      // fade mounts the dialog a frame later, then renders it again), and no scroll lock (the
      // till never scrolls; measuring the page's scrollbar forced a style pass of the page).
      transitionProps={{ duration: 0 }}
      lockScroll={false}
      title={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontWeight: 700 }}>
          <IconReceipt size={20} aria-hidden />
          {t('receipt.title')}
          {/* From the sale itself: the number is up at once, the receipt preview follows. */}
          {sale && <span data-testid="receipt-no">{sale.receiptNo}</span>}
        </span>
      }
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      size={940}
    >
      {sale && (
        <Stack gap="md">
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={6}>
              <ScrollArea.Autosize mah="calc(100dvh - 250px)" type="auto">
                {preview.data ? (
                  <ReceiptView model={preview.data.model} />
                ) : (
                  <Center py="lg">
                    <Loader size="sm" role="status" aria-label={tp('receipt.loading')} />
                  </Center>
                )}
              </ScrollArea.Autosize>
            </Grid.Col>
            <Grid.Col span={6}>
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {tp('receipt.previewTitle')}
                </Title>
                <Group gap="sm">
                  {configured && (
                    <Button
                      leftSection={<IconPrinter size={16} aria-hidden />}
                      loading={printer.state.status === 'printing'}
                      disabled={printed}
                      onClick={() => void print({ saleId: sale.id, copy: false })}
                    >
                      {tp('receipt.print')}
                    </Button>
                  )}
                  <ReceiptFileButtons saleId={sale.id} copy={false} />
                </Group>
                <ReceiptPrintStatus state={printer.state} onRetry={printer.retry} />
                {settings.data && !configured && (
                  <Text size="sm" c="gray.7">
                    {tp('receipt.notConfigured')}
                  </Text>
                )}
                {/* The preview gives way to a print problem: New sale must stay in view. */}
                <ScrollArea.Autosize
                  mah={failed ? 'calc(100dvh - 500px)' : 'calc(100dvh - 400px)'}
                  type="auto"
                  offsetScrollbars
                  // Scrollable, so reachable by keyboard (arrow keys scroll it once focused).
                  viewportProps={{ tabIndex: 0, 'aria-label': tp('receipt.previewTitle') }}
                >
                  <ReceiptPaperPreview saleId={sale.id} />
                </ScrollArea.Autosize>
              </Stack>
            </Grid.Col>
          </Grid>
          <Button size="lg" fullWidth color="teal.9" onClick={onNewSale} data-autofocus>
            {t('receipt.newSale')}
          </Button>
        </Stack>
      )}
    </Modal>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const ReceiptDialog = memo(ReceiptDialogView)
