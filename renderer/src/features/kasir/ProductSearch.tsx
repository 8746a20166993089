import { Badge, Combobox, Group, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconBarcode, IconSearch } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { memo, useEffect, useState, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { formatRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'
import { parseQtyPrefix } from './tenders'
import type { useProductLookup } from './use-product-lookup'

const RESULT_LIMIT = 8
const DEBOUNCE_MS = 150

interface Props {
  inputRef: RefObject<HTMLInputElement | null>
  lookup: ReturnType<typeof useProductLookup>
  onPick(product: ProductDto, qty: number): void
  onMessage(message: string | null): void
  /** `3*` typed before a scan: the quantity for the next item, or null. */
  onQtyPrefix(qty: number | null): void
  /** Changes when the till has used the typed `3*` for a scan: the box empties. */
  clearSignal: number
}

/**
 * Search-as-you-type: name, SKU or barcode. ↑/↓ walk the results and Enter adds the one
 * highlighted; Enter with nothing highlighted adds the product whose barcode or SKU is
 * exactly what was typed (a code keyed in by hand when the label will not scan).
 */
export const ProductSearch = memo(function ProductSearch({
  inputRef,
  lookup,
  onPick,
  onMessage,
  onQtyPrefix,
  clearSignal,
}: Props) {
  const { t } = useTranslation('kasir')
  const [query, setQuery] = useState('')
  const prefix = parseQtyPrefix(query)
  const searchText = prefix ? prefix.rest : query.trim()
  const [debounced] = useDebouncedValue(searchText, DEBOUNCE_MS)
  const prefixQty = prefix?.qty ?? null

  useEffect(() => {
    onQtyPrefix(prefixQty)
  }, [prefixQty, onQtyPrefix])
  useEffect(() => {
    if (clearSignal > 0) setQuery('')
  }, [clearSignal])
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() })

  const results = useChannel(
    'catalog:search',
    { query: debounced, limit: RESULT_LIMIT },
    { enabled: debounced.length > 0, placeholderData: keepPreviousData },
  )
  const products = debounced.length > 0 ? (results.data ?? []) : []
  const byId = new Map(products.map((p) => [p.id, p]))

  const pick = (product: ProductDto) => {
    onPick(product, prefixQty ?? 1)
    setQuery('')
    combobox.closeDropdown()
    inputRef.current?.focus()
  }

  const submitTyped = async () => {
    const text = searchText
    if (text === '') return
    try {
      const exact = await lookup.exact(text)
      if (exact) return pick(exact)
      if (products.length > 0) {
        // Several match: highlight the first, so a second Enter takes it and ↓ walks on.
        combobox.openDropdown()
        combobox.selectFirstOption()
        return
      }
      onMessage(t('search.notFound', { query: text }))
    } catch (error) {
      onMessage(error instanceof Error ? error.message : String(error))
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // A highlighted result is Mantine's to submit; anything else is ours.
      if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return
      event.preventDefault()
      void submitTyped()
    } else if (event.key === 'Escape' && query !== '') {
      // Handled here, so the till's Esc (cancel the sale) does not fire as well.
      event.stopPropagation()
      setQuery('')
      combobox.closeDropdown()
    }
  }

  const showDropdown = debounced.length > 0 && searchText.length > 0

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const product = byId.get(id)
        if (product) pick(product)
      }}
      withinPortal
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          size="lg"
          autoComplete="off"
          spellCheck={false}
          leftSection={<IconSearch size={20} aria-hidden />}
          rightSectionWidth={prefixQty !== null ? 64 : undefined}
          rightSection={
            results.isFetching && showDropdown ? (
              <Loader size="xs" role="status" aria-label={t('search.searching')} />
            ) : prefixQty !== null ? (
              <Badge
                color="teal.9"
                size="lg"
                aria-label={t('search.qtyPrefix', { qty: prefixQty })}
              >
                ×{prefixQty}
              </Badge>
            ) : (
              <IconBarcode size={20} aria-hidden />
            )
          }
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value)
            combobox.openDropdown()
            combobox.resetSelectedOption()
          }}
          onFocus={() => {
            if (query.trim()) combobox.openDropdown()
          }}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
        />
      </Combobox.Target>

      <Combobox.Dropdown hidden={!showDropdown}>
        <Combobox.Options aria-label={t('search.results')} mah={380} style={{ overflowY: 'auto' }}>
          {products.length === 0 ? (
            <Combobox.Empty>
              {results.isFetching ? t('search.searching') : t('search.empty')}
            </Combobox.Empty>
          ) : (
            products.map((product) => (
              <Combobox.Option value={product.id} key={product.id} py={8}>
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={600} truncate>
                      {product.name}
                    </Text>
                    <Text size="sm" c="gray.7">
                      {t('search.sku', { sku: product.sku })}
                      {product.barcode ? ` · ${product.barcode}` : ''}
                    </Text>
                  </Stack>
                  <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                    <Text fw={700} ff="monospace">
                      {formatRupiah(product.price)}
                    </Text>
                    <Badge
                      variant="light"
                      color={product.onHand > 0 ? 'gray' : 'red'}
                      size="sm"
                      styles={{ label: { color: 'var(--mantine-color-black)' } }}
                    >
                      {t('search.onHand', { count: product.onHand })}
                    </Badge>
                  </Stack>
                </Group>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  )
})
