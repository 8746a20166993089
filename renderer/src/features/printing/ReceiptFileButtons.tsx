import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf, IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, call } from '../../api/client'
import { saveFile } from '../../components/files/save-file'
import { isDesktopApp } from './is-desktop'

interface Props {
  saleId: string
  copy: boolean
}

const messageOf = (error: unknown) =>
  error instanceof ApiError || error instanceof Error ? error.message : String(error)

/**
 * "Simpan PDF" (the receipt at its paper size, for emailing a buyer) and, in the desktop app,
 * "Printer sistem" (an office printer through its driver, exact paper size).
 */
export function ReceiptFileButtons({ saleId, copy }: Props) {
  const { t } = useTranslation('printing')
  const [busy, setBusy] = useState<'pdf' | 'os' | null>(null)

  const savePdf = async () => {
    setBusy('pdf')
    try {
      const file = await call('print:receiptPdf', { saleId, copy })
      saveFile(file)
      notifications.show({
        color: 'teal',
        message: t('receipt.pdfSaved', { filename: file.filename }),
      })
    } catch (error) {
      notifications.show({ color: 'red', message: messageOf(error) })
    } finally {
      setBusy(null)
    }
  }

  const printOs = async () => {
    setBusy('os')
    try {
      const done = await call('print:receiptOs', { saleId, copy })
      notifications.show({
        color: 'teal',
        message: t('receipt.osPrinted', {
          printer: done.deviceName || t('receipt.defaultPrinter'),
          width: done.widthMm,
          height: done.heightMm,
        }),
      })
    } catch (error) {
      notifications.show({ color: 'red', message: messageOf(error) })
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        loading={busy === 'pdf'}
        disabled={busy !== null}
        onClick={() => void savePdf()}
      >
        {t('receipt.savePdf')}
      </Button>
      {isDesktopApp() && (
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          loading={busy === 'os'}
          disabled={busy !== null}
          onClick={() => void printOs()}
        >
          {t('receipt.osPrint')}
        </Button>
      )}
    </>
  )
}
