import { ActionIcon, Group, NumberInput, Stack, Table, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { RupiahInput } from '../produk/RupiahInput'
import { formatQty } from './format-qty'
import { ProductPicker } from './ProductPicker'
import { ScanField } from './ScanField'
import { useScannedProduct } from './use-scanned-product'
import { scrollRegion } from '../../components/scroll-region'

export interface EditLine {
  product: Pick<ProductDto, 'id' | 'name' | 'sku' | 'unit' | 'cost'>
  qty: number
  unitCost: number
}

interface Props {
  lines: EditLine[]
  onChange: (lines: EditLine[]) => void
  /** Intake documents record a unit cost per line. */
  withCost?: boolean
  error?: string | null
}

/** Document lines by scanning (+1 per scan) or by search; one line per product. */
export function LineEditor({ lines, onChange, withCost = false, error }: Props) {
  const { t } = useTranslation('stok')
  const lookup = useScannedProduct()
  const [scanError, setScanError] = useState<string | null>(null)
  const [lastAdded, setLastAdded] = useState<string | null>(null)
  // Scans are looked up one by one, but a scanner fires the next before the first answer
  // comes back: every answer must add to the lines the previous one left, not to the lines
  // of the render the scan started in (five quick scans used to count as three).
  const latest = useRef(lines)
  latest.current = lines

  const add = (product: EditLine['product']) => {
    const current = latest.current
    const existing = current.find((l) => l.product.id === product.id)
    const next = existing
      ? current.map((l) => (l === existing ? { ...l, qty: l.qty + 1 } : l))
      : [...current, { product, qty: 1, unitCost: product.cost }]
    latest.current = next
    onChange(next)
    setLastAdded(t('lines.added', { name: product.name }))
  }

  const onCode = async (code: string) => {
    setScanError(null)
    const product = await lookup(code)
    if (!product) {
      setScanError(t('lines.notFound', { code }))
      setLastAdded(null)
      return
    }
    add(product)
  }

  const update = (index: number, patch: Partial<EditLine>) =>
    onChange(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)))

  const units = lines.reduce((sum, l) => sum + l.qty, 0)

  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <ScanField
          label={t('lines.scan')}
          placeholder={t('lines.scanPlaceholder')}
          onCode={(code) => void onCode(code)}
          error={scanError}
          description={lastAdded}
          autoFocus
        />
        <ProductPicker
          label={t('lines.add')}
          placeholder={t('lines.addPlaceholder')}
          value={null}
          onChange={(product) => product && add(product)}
        />
      </Group>
      {lines.length === 0 ? (
        <Text c={error ? 'red' : 'dimmed'} size="sm" py="sm" role={error ? 'alert' : undefined}>
          {error ?? t('lines.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer
          minWidth={520}
          mah={300}
          scrollAreaProps={scrollRegion(t('lines.label'))}
        >
          <Table aria-label={t('lines.label')} verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lines.product')}</Table.Th>
                <Table.Th w={120}>{t('lines.qty')}</Table.Th>
                {withCost && <Table.Th w={160}>{t('lines.unitCost')}</Table.Th>}
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, index) => (
                <Table.Tr key={line.product.id}>
                  <Table.Td>
                    <Text size="sm" fw={500} lineClamp={1}>
                      {line.product.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {line.product.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('lines.qtyOf', { name: line.product.name })}
                      value={line.qty}
                      min={1}
                      max={100_000}
                      allowDecimal={false}
                      allowNegative={false}
                      size="xs"
                      onChange={(v) => update(index, { qty: Math.max(1, Number(v) || 1) })}
                      rightSection={
                        <Text size="xs" c="dimmed" pr={4}>
                          {line.product.unit}
                        </Text>
                      }
                      rightSectionWidth={44}
                    />
                  </Table.Td>
                  {withCost && (
                    <Table.Td>
                      <RupiahInput
                        aria-label={t('lines.unitCostOf', { name: line.product.name })}
                        value={line.unitCost}
                        size="xs"
                        onChange={(v) => update(index, { unitCost: Number(v) || 0 })}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('lines.remove', { name: line.product.name })}
                      onClick={() => onChange(lines.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {lines.length > 0 && (
        <Text size="sm" c="dimmed" ta="right">
          {t('lines.total', { units: formatQty(units), lines: lines.length })}
        </Text>
      )}
    </Stack>
  )
}
