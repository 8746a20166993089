import { Alert, Box, Center, Loader, Text } from '@mantine/core'
import QRCode from 'qrcode'
import { useEffect, useState, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReceiptPreviewDto } from '../../../../shared/printing/printing-dto'
import { useChannel } from '../../api/hooks'

/** The printer's QR module (6 dots of 0.125 mm) and printable widths, as the layout uses them. */
const QR_MODULE_MM = 0.75
const DOT_MM = 0.125
const printableMm = (columns: number) => (columns <= 42 ? 48 : 72)

const paper: CSSProperties = {
  fontFamily: '"DejaVu Sans Mono", "Liberation Mono", ui-monospace, Menlo, Consolas, monospace',
  fontSize: 13,
  lineHeight: 1.25,
  background: '#fff',
  color: '#000',
  border: '1px solid var(--mantine-color-gray-4)',
  boxShadow: '0 2px 10px rgba(0, 0, 0, 0.10)',
  padding: '14px 2ch 22px',
  margin: '0 auto',
  width: 'max-content',
}

function useQrImage(data: string | undefined) {
  const [image, setImage] = useState<{ data: string; url: string; modules: number } | null>(null)
  useEffect(() => {
    if (!data) return
    let live = true
    const modules = QRCode.create(data, { errorCorrectionLevel: 'M' }).modules.size
    QRCode.toDataURL(data, { errorCorrectionLevel: 'M', margin: 0, width: modules * 8 })
      .then((url) => {
        if (live) setImage({ data, url, modules })
      })
      .catch(() => {})
    return () => {
      live = false
    }
  }, [data])
  return image?.data === data ? image : null
}

function PaperLines({ preview }: { preview: ReceiptPreviewDto }) {
  const { t } = useTranslation('printing')
  const qr = useQrImage(preview.qrData)
  const [logoWidth, setLogoWidth] = useState<number | null>(null)
  const chPerMm = preview.columns / printableMm(preview.columns)
  return (
    <Box style={{ ...paper, minWidth: `${preview.columns + 4}ch` }}>
      {preview.logoDataUrl && (
        <img
          src={preview.logoDataUrl}
          alt={t('receipt.logo')}
          onLoad={(event) => setLogoWidth(event.currentTarget.naturalWidth)}
          style={{
            display: 'block',
            margin: '0 auto 6px',
            width: logoWidth ? `${logoWidth * DOT_MM * chPerMm}ch` : undefined,
            imageRendering: 'pixelated',
          }}
        />
      )}
      {preview.lines.map((line, index) => {
        const style = preview.styles[index]
        if (style?.qr) {
          const size = qr ? `${qr.modules * QR_MODULE_MM * chPerMm}ch` : '10ch'
          return qr ? (
            <img
              key={index}
              src={qr.url}
              alt={t('receipt.qr', { data: preview.qrData })}
              style={{ display: 'block', margin: '6px auto', width: size, height: size }}
            />
          ) : (
            <div key={index} style={{ height: size }} />
          )
        }
        return (
          <div
            key={index}
            style={{
              whiteSpace: 'pre',
              fontWeight: style?.bold ? 700 : 400,
              ...(style?.double
                ? {
                    transform: 'scaleY(2)',
                    transformOrigin: 'bottom',
                    marginTop: '1.25em',
                  }
                : {}),
            }}
          >
            {line === '' ? ' ' : line}
          </div>
        )
      })}
    </Box>
  )
}

interface Props {
  saleId: string
  copy?: boolean
}

/**
 * The receipt exactly as the printer lays it out (`print:receiptPreview`): the same lines,
 * columns, emphasis, logo and QR code, so what the cashier sees is what the paper says.
 */
export function ReceiptPaperPreview({ saleId, copy = false }: Props) {
  const { t } = useTranslation('printing')
  const preview = useChannel('print:receiptPreview', { saleId, copy }, { retry: false })
  if (preview.error) {
    return (
      <Alert color="red" role="alert">
        {preview.error.message}
      </Alert>
    )
  }
  if (!preview.data) {
    return (
      <Center py="lg">
        <Loader size="sm" role="status" aria-label={t('receipt.loading')} />
      </Center>
    )
  }
  return (
    <Box component="figure" m={0} aria-label={t('receipt.previewLabel')}>
      <PaperLines preview={preview.data} />
      <Text component="figcaption" size="xs" c="gray.7" ta="center" mt={6}>
        {t('receipt.paper', {
          width: preview.data.columns <= 42 ? 58 : 80,
          columns: preview.data.columns,
        })}
      </Text>
    </Box>
  )
}
