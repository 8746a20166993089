import {
  Alert,
  Box,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconSearch } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto, SaleSummaryDto } from '../../../../shared/sales/sales-dto'
import { useChannel } from '../../api/hooks'
import { useBarcodeScanner } from '../kasir/use-barcode-scanner'
import { businessToday } from '../../components/period/business-day'
import { presetRange } from './date-range'
import { ReturnDialog } from './ReturnDialog'
import { SaleDetailDrawer } from './SaleDetailDrawer'
import { SalesFilters, type HistoryFilters } from './SalesFilters'
import { focusFirstSale, SalesTable } from './SalesTable'
import { SalesTotals } from './SalesTotals'
import { useHistoryHotkeys } from './use-history-hotkeys'
import { useReceiptLookup } from './use-receipt-lookup'
import { VoidSaleDialog } from './VoidSaleDialog'

// The server's most; a longer period shows its latest sales and says so.
const LIST_LIMIT = 500
// The contract's limit for the receipt-number substring.
const MAX_QUERY = 40

// The screen fills the AppShell's main area: the list scrolls, its totals stay in view.
const screenHeight =
  'calc(100dvh - var(--app-shell-header-offset, 0rem) - var(--app-shell-footer-offset, 0rem) - 2 * var(--app-shell-padding, 0rem))'

type Dialog = 'void' | 'return' | null

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export function RiwayatScreen() {
  const { t } = useTranslation('riwayat')
  // Read at each render, so "Hari ini" picked after midnight means the new day.
  const today = businessToday()
  const [filters, setFilters] = useState<HistoryFilters>(() => ({
    preset: 'today',
    ...presetRange('today', businessToday()),
    locationId: null,
    methodId: null,
  }))
  const [query, setQuery] = useState('')
  const [debouncedQuery] = useDebouncedValue(query.trim().slice(0, MAX_QUERY), 200)
  const [searchError, setSearchError] = useState<string | null>(null)
  const [opened, setOpened] = useState<{ id: string; receiptNo: string } | null>(null)
  const [drawerOpen, setDrawerOpen] = useState(false)
  const [dialog, setDialog] = useState<Dialog>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const lookup = useReceiptLookup()

  const options = useChannel('catalog:options', {})
  const methods = useChannel('payments:methods', {})
  const rangeError =
    filters.from && filters.to && filters.from > filters.to ? t('filters.badRange') : null
  const listFilters = {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.locationId ? { locationId: filters.locationId } : {}),
    ...(filters.methodId ? { methodId: filters.methodId } : {}),
    limit: LIST_LIMIT,
  }
  const list = useChannel(
    'sales:list',
    { ...listFilters, ...(debouncedQuery ? { query: debouncedQuery } : {}) },
    { placeholderData: keepPreviousData, enabled: rangeError === null },
  )
  const sales = useMemo(() => list.data ?? [], [list.data])
  const detail = useChannel('sales:get', { id: opened?.id ?? '' }, { enabled: opened !== null })

  const open = useCallback((sale: Pick<SaleSummaryDto, 'id' | 'receiptNo'>) => {
    setOpened({ id: sale.id, receiptNo: sale.receiptNo })
    setDrawerOpen(true)
    setSearchError(null)
  }, [])

  const focusSearch = useCallback(() => {
    setDrawerOpen(false)
    window.setTimeout(() => {
      searchRef.current?.focus()
      searchRef.current?.select()
    }, 0)
  }, [])

  const openByReceipt = async (text: string) => {
    const wanted = text.trim()
    if (wanted === '') return
    try {
      const sale = await lookup(wanted, listFilters)
      if (sale) open(sale)
      else setSearchError(t('search.notFound', { query: wanted }))
    } catch (error) {
      setSearchError(messageOf(error))
    }
  }

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      void openByReceipt(event.currentTarget.value)
    } else if (event.key === 'ArrowDown') {
      event.preventDefault()
      focusFirstSale()
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault()
      setQuery('')
      setSearchError(null)
    }
  }

  // A receipt's QR code scanned anywhere on this screen opens that sale.
  useBarcodeScanner((code) => void openByReceipt(code), dialog === null)
  useHistoryHotkeys(dialog === null, focusSearch)

  const onVoided = (sale: SaleDto) => {
    setDialog(null)
    notifications.show({ color: 'teal', message: t('void.done', { receiptNo: sale.receiptNo }) })
  }

  const refresh = () => {
    void detail.refetch()
    void list.refetch()
  }

  const loadError = options.error ?? methods.error ?? list.error
  return (
    <Stack h={screenHeight} gap="sm">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('subtitle')}
          </Text>
        </div>
        <TextInput
          ref={searchRef}
          type="search"
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={list.isFetching ? <Loader size="xs" /> : null}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value)
            setSearchError(null)
          }}
          onKeyDown={onSearchKey}
          error={searchError}
          maxLength={MAX_QUERY}
          autoFocus
          w={400}
        />
      </Group>
      <SalesFilters
        value={filters}
        onChange={setFilters}
        today={today}
        locations={options.data?.locations ?? []}
        methods={methods.data ?? []}
        rangeError={rangeError}
      />
      {loadError && (
        <Alert color="red" role="alert">
          {t('loadFailed', { message: loadError.message })}
        </Alert>
      )}
      <Paper
        withBorder
        radius="md"
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Box style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          {!list.data && list.isFetching ? (
            <Center py="xl">
              <Loader role="status" aria-label={t('detail.loading')} />
            </Center>
          ) : (
            <>
              <SalesTable
                sales={sales}
                selectedId={drawerOpen ? (opened?.id ?? null) : null}
                onOpen={open}
              />
              {list.data && sales.length === 0 && (
                <Stack gap={4} py="xl" align="center">
                  <Text c="dimmed">
                    {debouncedQuery
                      ? t('list.noMatch', { query: debouncedQuery })
                      : t('list.empty')}
                  </Text>
                  {debouncedQuery && (
                    <Text c="dimmed" size="sm">
                      {t('search.hint')}
                    </Text>
                  )}
                </Stack>
              )}
              {sales.length >= LIST_LIMIT && (
                <Text c="dimmed" size="sm" ta="center" py="xs">
                  {t('list.limited', { count: LIST_LIMIT })}
                </Text>
              )}
            </>
          )}
        </Box>
        <SalesTotals sales={sales} />
      </Paper>

      <SaleDetailDrawer
        opened={drawerOpen}
        receiptNo={opened?.receiptNo ?? ''}
        sale={detail.data?.id === opened?.id ? detail.data : undefined}
        error={detail.error?.message ?? null}
        covered={dialog !== null}
        onClose={() => setDrawerOpen(false)}
        onVoid={() => setDialog('void')}
        onReturn={() => setDialog('return')}
      />
      <VoidSaleDialog
        opened={dialog === 'void'}
        sale={detail.data}
        onClose={() => setDialog(null)}
        onVoided={onVoided}
        onRefused={refresh}
      />
      <ReturnDialog
        opened={dialog === 'return'}
        sale={detail.data}
        onClose={() => setDialog(null)}
        onRefused={refresh}
      />
    </Stack>
  )
}
