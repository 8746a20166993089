import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPackageImport, IconSearch } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { useChannel } from '../../api/hooks'
import { ReceiveStockModal } from './ReceiveStockModal'
import { StockSummary } from './StockSummary'
import { StockTable } from './StockTable'

const LIST_LIMIT = 200

export function StokScreen() {
  const { t } = useTranslation('stok')
  const [query, setQuery] = useState('')
  const [debouncedQuery] = useDebouncedValue(query.trim(), 200)
  const [receiveOpen, setReceiveOpen] = useState(false)
  const [receiving, setReceiving] = useState<ProductDto | null>(null)
  const openReceive = (product: ProductDto | null) => {
    setReceiving(product)
    setReceiveOpen(true)
  }

  // Inactive products may still hold stock, and stock is counted whatever its status.
  const all = useChannel('catalog:search', { query: '', limit: LIST_LIMIT, includeInactive: true })
  const list = useChannel(
    'catalog:search',
    { query: debouncedQuery, limit: LIST_LIMIT, includeInactive: true },
    { placeholderData: keepPreviousData },
  )
  const products = list.data ?? []

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('ledgerNote')}
          </Text>
        </div>
        <Button
          leftSection={<IconPackageImport size={16} aria-hidden />}
          onClick={() => openReceive(null)}
        >
          {t('receive')}
        </Button>
      </Group>
      {all.data && <StockSummary products={all.data} truncated={all.data.length >= LIST_LIMIT} />}
      <TextInput
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={list.isFetching ? <Loader size="xs" /> : null}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        type="search"
        w={360}
      />
      {list.error && (
        <Text c="red" role="alert">
          {list.error.message}
        </Text>
      )}
      {list.data && products.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {debouncedQuery ? t('table.noMatch', { query: debouncedQuery }) : t('table.empty')}
        </Text>
      ) : (
        <StockTable products={products} onReceive={openReceive} />
      )}
      <ReceiveStockModal
        opened={receiveOpen}
        product={receiving}
        onClose={() => setReceiveOpen(false)}
      />
    </Stack>
  )
}
