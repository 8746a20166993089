import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ImportPreviewDto } from '../../../../shared/import/import-dto'
import { formatRupiah } from '../../../../shared/money'

export function ImportSummary({ preview }: { preview: ImportPreviewDto }) {
  const { t } = useTranslation('import')
  const { totals } = preview
  const facts = [
    t('summary.products', { count: totals.rows }),
    totals.newCategories.length > 0 &&
      t('summary.newCategories', { names: totals.newCategories.join(', ') }),
    totals.newWorkshops.length > 0 &&
      t('summary.newWorkshops', { names: totals.newWorkshops.join(', ') }),
    totals.stockUnits > 0 &&
      t('summary.stock', {
        count: totals.stockUnits,
        units: new Intl.NumberFormat('id-ID').format(totals.stockUnits),
        value: formatRupiah(totals.stockValue),
        location: preview.location.name,
      }),
  ].filter(Boolean)
  if (totals.invalid > 0) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('summary.errorsTitle', { count: totals.invalid, total: totals.rows })}
      >
        <Text size="sm">{t('summary.errorsBody')}</Text>
      </Alert>
    )
  }
  return (
    <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('summary.readyTitle')}>
      <Text size="sm">{facts.join(' · ')}</Text>
    </Alert>
  )
}
