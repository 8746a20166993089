import { Paper, ScrollArea, Text, Title } from '@mantine/core'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { scrollRegion } from '../../components/scroll-region'
import { useChannel } from '../../api/hooks'
import { HistoryTable } from '../audit/MasterHistoryPanel'

/**
 * One product's master-data history (0016, baselines from 0020) in its edit form: who changed
 * the price, cost or name, when, old → new. Main answers only to people who may view the
 * audit trail; for anyone else the section is left out.
 */
export function ProductHistory({ productId }: { productId: string }) {
  const { t } = useTranslation('produk')
  const titleId = useId()
  const history = useChannel('audit:history', {
    entity: 'product',
    entityId: productId,
    limit: 200,
  })
  if (history.error) return null
  return (
    <Paper withBorder radius="md" p="sm" mt="md" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {t('history.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('history.body')}
      </Text>
      <ScrollArea.Autosize mah={260} mt="xs" type="auto" {...scrollRegion(t('history.list'))}>
        <HistoryTable rows={history.data ?? []} />
      </ScrollArea.Autosize>
    </Paper>
  )
}
