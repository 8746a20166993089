import {
  Button,
  Center,
  Group,
  Loader,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { memo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { formatRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'

const COLUMNS = 4
const ALL = ''

interface Props {
  onPick(product: ProductDto): void
}

/**
 * F1: products as tiles by category, for the pieces without a barcode (a woven bag with
 * no room for a label). Arrows move between tiles, Enter or a click adds one.
 */
export const TileGrid = memo(function TileGrid({ onPick }: Props) {
  const { t } = useTranslation('kasir')
  const options = useChannel('catalog:options', {})
  const products = useChannel('catalog:search', { query: '', limit: 200 })
  const [category, setCategory] = useState(ALL)
  const grid = useRef<HTMLDivElement>(null)

  const shown = (products.data ?? []).filter(
    (p) => p.active && (category === ALL || p.categoryId === category),
  )
  const used = new Set((products.data ?? []).map((p) => p.categoryId))
  const categories = (options.data?.categories ?? []).filter((c) => used.has(c.id))

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tiles = [
      ...(grid.current?.querySelectorAll<HTMLButtonElement>('button[data-tile]') ?? []),
    ]
    const at = tiles.indexOf(document.activeElement as HTMLButtonElement)
    if (at === -1) return
    const step: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -COLUMNS,
      ArrowDown: COLUMNS,
    }
    const delta = step[event.key]
    if (delta === undefined) return
    event.preventDefault()
    // Stop here so the till's ↑/↓ (move the cart selection) stay out of the grid.
    event.stopPropagation()
    tiles[Math.min(tiles.length - 1, Math.max(0, at + delta))]?.focus()
  }

  return (
    <Paper
      component="section"
      aria-label={t('tiles.title')}
      withBorder
      radius="md"
      p="sm"
      style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <Group gap={6} role="group" aria-label={t('tiles.categories')}>
        {[{ id: ALL, name: t('tiles.all') }, ...categories].map((c) => (
          <Button
            key={c.id || 'all'}
            size="compact-sm"
            radius="xl"
            variant={category === c.id ? 'filled' : 'default'}
            aria-pressed={category === c.id}
            onClick={() => setCategory(c.id)}
          >
            {c.name}
          </Button>
        ))}
      </Group>
      {products.isLoading ? (
        <Center style={{ flex: 1 }}>
          <Loader size="sm" role="status" aria-label={t('loading')} />
        </Center>
      ) : (
        <ScrollArea style={{ flex: 1, minHeight: 0 }} type="auto" offsetScrollbars>
          <SimpleGrid
            cols={COLUMNS}
            spacing={8}
            verticalSpacing={8}
            ref={grid}
            onKeyDown={onKeyDown}
            role="list"
            aria-label={t('tiles.products')}
          >
            {shown.map((product) => (
              <UnstyledButton
                key={product.id}
                data-tile
                role="listitem"
                aria-label={t('tiles.add', { name: product.name })}
                onClick={() => onPick(product)}
                p="xs"
                className="till-tile"
                style={{
                  border: '1px solid var(--mantine-color-gray-4)',
                  borderRadius: 'var(--mantine-radius-md)',
                  minHeight: 72,
                }}
              >
                <Stack gap={2} justify="space-between" h="100%">
                  <Text size="sm" fw={600} lineClamp={2}>
                    {product.name}
                  </Text>
                  <Text size="sm" ff="monospace" fw={700} c="teal.9">
                    {formatRupiah(product.price)}
                  </Text>
                </Stack>
              </UnstyledButton>
            ))}
          </SimpleGrid>
          {shown.length === 0 && <Text c="gray.7">{t('tiles.empty')}</Text>}
        </ScrollArea>
      )}
    </Paper>
  )
})
