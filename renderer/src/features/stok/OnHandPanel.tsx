import { Group, Loader, Pagination, Select, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocationDto, StockLevelRowDto } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { StockCardDrawer } from './StockCardDrawer'
import { StockSummary } from './StockSummary'
import { StockTable } from './StockTable'
import { useSeededName } from '../../i18n/use-seeded-name'

const PAGE_SIZE = 50

interface Props {
  locations: LocationDto[]
  onReceive: (productId: string) => void
}

/** On hand by location, paged on the server: the catalogue may hold 100,000 products. */
export function OnHandPanel({ locations, onReceive }: Props) {
  const { t } = useTranslation('stok')
  const seeded = useSeededName()
  const options = useChannel('catalog:options', {})
  const [query, setQuery] = useState('')
  const [debouncedQuery] = useDebouncedValue(query.trim(), 200)
  const [locationId, setLocationId] = useState<string | null>(null)
  const [categoryId, setCategoryId] = useState<string | null>(null)
  const [workshopId, setWorkshopId] = useState<string | null>(null)
  const [lowStock, setLowStock] = useState(false)
  const [page, setPage] = useState(1)
  const [card, setCard] = useState<StockLevelRowDto | null>(null)

  const filters = { locationId, query: debouncedQuery, categoryId, workshopId, lowStock }
  const list = useChannel(
    'stock:levels',
    { ...filters, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    { placeholderData: keepPreviousData },
  )
  const totals = useChannel('stock:levelTotals', filters, { placeholderData: keepPreviousData })
  const filtered = Boolean(debouncedQuery || categoryId || workshopId || lowStock || locationId)
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v)
      setPage(1)
    }
  const data = list.data
  // Stock open orders hold back, for the rows on this page (Pesanan).
  const productIds = (data?.rows ?? []).map((r) => r.productId)
  const reserved = useChannel(
    'orders:reservations',
    { productIds, locationId },
    { enabled: productIds.length > 0 },
  )
  const reservations = new Map((reserved.data ?? []).map((r) => [r.productId, r]))
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1

  return (
    <Stack gap="sm">
      {data && totals.data && <StockSummary totals={totals.data} products={data.total} />}
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={list.isFetching ? <Loader size="xs" /> : null}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value)
            setPage(1)
          }}
          type="search"
          w={260}
        />
        <Select
          label={t('filters.location')}
          data={[
            { value: '', label: t('filters.allLocations') },
            ...locations.map((l) => ({ value: l.id, label: seeded(l.name) })),
          ]}
          value={locationId ?? ''}
          onChange={reset((v: string | null) => setLocationId(v ? v : null))}
          allowDeselect={false}
          w={190}
        />
        <Select
          label={t('filters.category')}
          data={[
            { value: '', label: t('filters.allCategories') },
            ...(options.data?.categories ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={categoryId ?? ''}
          onChange={reset((v: string | null) => setCategoryId(v ? v : null))}
          allowDeselect={false}
          w={190}
        />
        <Select
          label={t('filters.workshop')}
          data={[
            { value: '', label: t('filters.allWorkshops') },
            ...(options.data?.workshops ?? []).map((w) => ({ value: w.id, label: w.name })),
          ]}
          value={workshopId ?? ''}
          onChange={reset((v: string | null) => setWorkshopId(v ? v : null))}
          allowDeselect={false}
          w={200}
        />
        <Switch
          label={t('filters.lowStock')}
          checked={lowStock}
          onChange={(event) => {
            setLowStock(event.currentTarget.checked)
            setPage(1)
          }}
          mb={8}
        />
      </Group>
      {list.error && (
        <Text c="red" role="alert">
          {list.error.message}
        </Text>
      )}
      {data && data.rows.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {debouncedQuery
            ? t('table.noMatch', { query: debouncedQuery })
            : filtered
              ? t('table.noneFiltered')
              : t('table.empty')}
        </Text>
      ) : (
        data && (
          <StockTable
            reservations={reservations}
            rows={data.rows}
            showCost={data.rows.some((r) => r.cost !== null)}
            onReceive={(row) => onReceive(row.productId)}
            onCard={setCard}
          />
        )
      )}
      {data && data.total > PAGE_SIZE && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('pagination.range', {
              from: (page - 1) * PAGE_SIZE + 1,
              to: Math.min(page * PAGE_SIZE, data.total),
              total: data.total,
            })}
          </Text>
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            aria-label={t('pagination.label')}
          />
        </Group>
      )}
      <StockCardDrawer
        productId={card?.productId ?? null}
        productName={card?.name ?? ''}
        locations={locations}
        onClose={() => setCard(null)}
      />
    </Stack>
  )
}
