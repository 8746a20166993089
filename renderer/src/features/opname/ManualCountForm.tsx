import { Button, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'

interface Props {
  onCount: (productId: string, qty: number) => Promise<boolean>
}

/** A box of fifty is typed, not scanned fifty times; a negative number corrects a slip. */
export function ManualCountForm({ onCount }: Props) {
  const { t } = useTranslation('opname')
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search.trim(), 150)
  const [productId, setProductId] = useState<string | null>(null)
  const [qty, setQty] = useState<number | string>('')
  const [busy, setBusy] = useState(false)
  const results = useChannel(
    'catalog:search',
    { query: debounced, limit: 20, includeInactive: true },
    { enabled: debounced.length > 0, placeholderData: keepPreviousData },
  )
  const data = (debounced.length > 0 ? (results.data ?? []) : []).map((p) => ({
    value: p.id,
    label: `${p.name} · ${p.sku}`,
  }))
  const amount = typeof qty === 'number' ? qty : Number.NaN
  const valid = productId !== null && Number.isInteger(amount) && amount !== 0
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={async (event) => {
          event.preventDefault()
          if (!valid || !productId) return
          setBusy(true)
          const ok = await onCount(productId, amount)
          setBusy(false)
          if (ok) {
            setQty('')
            setProductId(null)
            setSearch('')
          }
        }}
      >
        <Stack gap="xs">
          <Text fw={600}>{t('manual.title')}</Text>
          <Select
            label={t('manual.product')}
            placeholder={t('manual.productPlaceholder')}
            data={data}
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            value={productId}
            onChange={setProductId}
            filter={({ options }) => options}
            nothingFoundMessage={debounced ? t('manual.nothing') : undefined}
          />
          <Group align="flex-end" wrap="nowrap">
            <NumberInput
              label={t('manual.qty')}
              description={t('manual.qtyHint')}
              value={qty}
              onChange={setQty}
              allowDecimal={false}
              min={-100_000}
              max={100_000}
              thousandSeparator="."
              decimalSeparator=","
              style={{ flex: 1 }}
            />
            <Button type="submit" disabled={!valid} loading={busy}>
              {t('manual.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
