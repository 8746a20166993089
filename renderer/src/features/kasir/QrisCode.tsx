import { Alert, Center, Loader, Stack, Text } from '@mantine/core'
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { qrisWithAmount } from '../../../../shared/qris'

interface Props {
  qrisStatic: string | null
  merchantName: string | null
  amount: number
}

/**
 * The merchant's QRIS with the amount in it, for the buyer to scan: their app then shows
 * the exact sum, so nobody types it. Without a configured QRIS the row still records the
 * payment (the buyer scans the printed sticker) and this says where to set it up.
 */
export function QrisCode({ qrisStatic, merchantName, amount }: Props) {
  const { t } = useTranslation('kasir')
  const [image, setImage] = useState<{ amount: number; url: string } | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!qrisStatic || amount <= 0) return
    let live = true
    setFailed(false)
    try {
      const payload = qrisWithAmount(qrisStatic, amount)
      QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 2, width: 260 })
        .then((url) => {
          if (live) setImage({ amount, url })
        })
        .catch(() => {
          if (live) setFailed(true)
        })
    } catch {
      setFailed(true)
    }
    return () => {
      live = false
    }
  }, [qrisStatic, amount])

  if (!qrisStatic) {
    return (
      <Alert color="yellow" variant="light" p="xs">
        <Text size="sm">{t('qris.notConfigured')}</Text>
      </Alert>
    )
  }
  if (amount <= 0) return <Text size="sm">{t('qris.enterAmount')}</Text>
  if (failed) {
    return (
      <Alert color="red" variant="light" p="xs">
        <Text size="sm">{t('qris.failed')}</Text>
      </Alert>
    )
  }
  return (
    <Stack gap={4} align="center">
      {image && image.amount === amount ? (
        <img
          src={image.url}
          width={260}
          height={260}
          alt={t('qris.imageAlt', { amount: formatRupiah(amount) })}
          style={{ imageRendering: 'pixelated' }}
        />
      ) : (
        <Center h={260}>
          <Loader size="sm" role="status" aria-label={t('loading')} />
        </Center>
      )}
      {merchantName && (
        <Text size="sm" fw={700}>
          {merchantName}
        </Text>
      )}
      <Text ff="monospace" fw={800} fz={22}>
        {formatRupiah(amount)}
      </Text>
      <Text size="xs" c="gray.7" ta="center">
        {t('qris.scanHint')}
      </Text>
    </Stack>
  )
}
