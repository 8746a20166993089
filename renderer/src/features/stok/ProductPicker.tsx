import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { useChannel } from '../../api/hooks'

interface Props {
  value: ProductDto | null
  onChange: (product: ProductDto | null) => void
  error?: React.ReactNode
  /** Takes the dialog's first focus (when no product was chosen beforehand). */
  autoFocus?: boolean
  label?: string
  placeholder?: string
}

const optionLabel = (p: ProductDto) => `${p.name} · ${p.sku}`

/**
 * Searches the catalogue on the server (name, SKU or barcode), so it stays quick with a
 * large catalogue and a scanned barcode finds its product.
 */
export function ProductPicker({
  value,
  onChange,
  error,
  autoFocus = false,
  label,
  placeholder,
}: Props) {
  const { t } = useTranslation('stok')
  const [search, setSearch] = useState(value ? optionLabel(value) : '')
  const [debounced] = useDebouncedValue(search.trim(), 200)
  // Once a product is chosen the box shows its label; that is not a new search.
  const query = value && debounced === optionLabel(value) ? '' : debounced
  const results = useChannel(
    'catalog:search',
    { query, limit: 50, includeInactive: true },
    { placeholderData: keepPreviousData },
  )
  const found = results.data ?? []
  const products = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found

  return (
    <Select
      label={label ?? t('form.product')}
      placeholder={placeholder ?? t('form.productPlaceholder')}
      withAsterisk={label === undefined}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={products.map((p) => ({ value: p.id, label: optionLabel(p) }))}
      // The server has already filtered by name, SKU and barcode.
      filter={({ options }) => options}
      value={value?.id ?? null}
      onChange={(id) => {
        onChange(products.find((p) => p.id === id) ?? null)
        // A picker that only adds lines (no value of its own) is ready for the next search.
        if (label !== undefined) setSearch('')
      }}
      nothingFoundMessage={t('form.nothingFound')}
      error={error}
      maxDropdownHeight={260}
      data-autofocus={autoFocus || undefined}
    />
  )
}
