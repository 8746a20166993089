import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'

/** A barcode too dense for the chosen label, named by its product (from the cached row). */
export function LabelDensityWarning({
  productId,
  moduleMm,
}: {
  productId: string
  moduleMm: number
}) {
  const { t } = useTranslation('printing')
  const product = useChannel('catalog:get', { id: productId })
  return (
    <Alert color="yellow" py="xs">
      {t('labels.tooDense', { name: product.data?.name ?? '…', module: moduleMm })}
    </Alert>
  )
}
