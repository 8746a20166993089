import { Button, Group, Loader, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconBarcode, IconPlus, IconSearch, IconTags } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { ImportButton } from '../import/ImportButton'
import { LabelPrintDialog } from '../labels/LabelPrintDialog'
import type { LabelItem } from '../labels/label-items'
import { ProductFormModal } from './ProductFormModal'
import { ProductTable } from './ProductTable'

const LIST_LIMIT = 200

export function ProdukScreen() {
  const { t } = useTranslation('produk')
  const { t: tl } = useTranslation('printing')
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [labelItems, setLabelItems] = useState<LabelItem[] | null>(null)
  const selectProducts = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  const [query, setQuery] = useState('')
  const searchRef = useRef<HTMLInputElement>(null)
  const [debouncedQuery] = useDebouncedValue(query.trim(), 200)
  const [includeInactive, setIncludeInactive] = useState(false)
  const [formOpen, setFormOpen] = useState(false)
  // Kept after closing so the dialog's title does not change while it fades out.
  const [editing, setEditing] = useState<ProductDto | null>(null)
  const openForm = (product: ProductDto | null) => {
    setEditing(product)
    setFormOpen(true)
  }

  const list = useChannel(
    'catalog:search',
    { query: debouncedQuery, limit: LIST_LIMIT, includeInactive },
    { placeholderData: keepPreviousData },
  )
  const products = list.data ?? []
  // An imported catalogue often has no barcodes: it cannot be scanned until it gets some.
  const withoutBarcode = products.filter((p) => p.barcode === null && p.active).length
  const assign = useChannelMutation('labels:assignBarcodes')
  const assignMissing = () =>
    assign.mutate(
      { productIds: 'all-missing' },
      {
        onSuccess: (given) =>
          notifications.show({
            color: 'teal',
            message: tl('labels.assignedAll', { count: given.length }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    )

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('subtitle')}
          </Text>
        </div>
        <Group gap="sm">
          {/* A loaded catalogue is looked at next: focus goes to the search over it. */}
          <ImportButton onImported={() => searchRef.current?.focus()} />
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm(null)}>
            {t('newProduct')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="lg">
        <TextInput
          ref={searchRef}
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={list.isFetching ? <Loader size="xs" /> : null}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          w={360}
        />
        <Switch
          label={t('includeInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          mb={8}
        />
        {selected.size > 0 && (
          <Button
            variant="light"
            leftSection={<IconTags size={16} aria-hidden />}
            onClick={() =>
              setLabelItems([...selected].map((productId) => ({ productId, copies: 1 })))
            }
          >
            {tl('labels.openSelected', { count: selected.size })}
          </Button>
        )}
        {withoutBarcode > 0 && (
          <Button
            variant="light"
            leftSection={<IconBarcode size={16} aria-hidden />}
            loading={assign.isPending}
            onClick={assignMissing}
          >
            {tl('labels.assignMissing', { count: withoutBarcode })}
          </Button>
        )}
        {list.data && products.length > 0 && (
          <Text c="dimmed" size="sm" ml="auto" mb={8} role="status">
            {t('count', { count: products.length })}
          </Text>
        )}
      </Group>
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
        <ProductTable
          products={products}
          onEdit={openForm}
          selected={selected}
          onSelect={selectProducts}
          onLabels={(product) => setLabelItems([{ productId: product.id, copies: 1 }])}
        />
      )}
      <ProductFormModal opened={formOpen} product={editing} onClose={() => setFormOpen(false)} />
      <LabelPrintDialog
        opened={labelItems !== null}
        items={labelItems ?? []}
        onClose={() => setLabelItems(null)}
      />
    </Stack>
  )
}
