import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SaleLineDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'

const nowrap = { whiteSpace: 'nowrap' } as const

export function SaleLinesTable({ lines }: { lines: SaleLineDto[] }) {
  const { t } = useTranslation('riwayat')
  return (
    <Table aria-label={t('detail.lines')} verticalSpacing={4} fz="sm">
      <Table.Thead style={nowrap}>
        <Table.Tr>
          <Table.Th>{t('detail.product')}</Table.Th>
          <Table.Th ta="right">{t('detail.qty')}</Table.Th>
          <Table.Th ta="right">{t('detail.price')}</Table.Th>
          <Table.Th ta="right">{t('detail.discount')}</Table.Th>
          <Table.Th ta="right">{t('detail.lineTotal')}</Table.Th>
          <Table.Th ta="right">{t('detail.returnedQty')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.id}>
            <Table.Td>
              <Text fz="sm" fw={600}>
                {line.name}
              </Text>
              <Text fz="xs" c="gray.7" ff="monospace">
                {line.sku}
              </Text>
              {line.overrideReason && (
                <Text fz="xs" c="gray.7">
                  {t('detail.priceOverride', {
                    listPrice: formatRupiah(line.listPrice),
                    reason: line.overrideReason,
                  })}
                </Text>
              )}
              {line.discount > 0 && line.discountReason && (
                <Text fz="xs" c="gray.7">
                  {t('detail.discountReason', { reason: line.discountReason })}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{line.qty}</Table.Td>
            <Table.Td ta="right" style={nowrap}>
              {formatRupiah(line.unitPrice)}
            </Table.Td>
            <Table.Td ta="right" style={nowrap}>
              {line.discount > 0 ? formatRupiah(-line.discount) : '—'}
            </Table.Td>
            <Table.Td ta="right" fw={600} style={nowrap}>
              {formatRupiah(line.lineTotal)}
            </Table.Td>
            <Table.Td ta="right" fw={line.returnedQty > 0 ? 700 : undefined}>
              {line.returnedQty > 0 ? line.returnedQty : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
