import { Alert, Loader, Select, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { HubAsOf } from './HubAsOf'

/** Stok across tills: every location's levels as the hub knew them at the last sync. */
export function HubStockPanel() {
  const { t } = useTranslation('hubview')
  const stock = useChannel('hubview:stock', {})
  const [location, setLocation] = useState<string | null>(null)
  if (stock.isError) return <Alert color="red">{stock.error.message}</Alert>
  if (!stock.data) return <Loader size="sm" role="status" aria-label={t('tab')} />
  const locations = [
    ...new Map(stock.data.levels.map((l) => [l.locationId, l.locationName ?? l.locationId])),
  ].map(([value, label]) => ({ value, label }))
  const shown = stock.data.levels.filter((l) => location === null || l.locationId === location)
  return (
    <Stack gap="xs">
      <HubAsOf at={stock.data.asOf} />
      <Text size="xs" c="dimmed" maw={760}>
        {t('stockNote')}
      </Text>
      <Select
        label={t('location')}
        placeholder={t('allLocations')}
        data={locations}
        value={location}
        onChange={setLocation}
        clearable
        maw={320}
      />
      {shown.length === 0 ? (
        <Text size="sm">{t('noLevels')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('tab')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('location')}</Table.Th>
              <Table.Th>{t('product')}</Table.Th>
              <Table.Th ta="right">{t('onHand')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((level) => (
              <Table.Tr key={`${level.locationId}:${level.productId}`}>
                <Table.Td>{level.locationName ?? level.locationId}</Table.Td>
                <Table.Td>
                  {level.productName ?? level.productId}
                  {level.sku ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {level.sku}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right" c={level.onHand < 0 ? 'red' : undefined}>
                  {level.onHand}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
