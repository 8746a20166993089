import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CountLineDto } from '../../../../shared/opname/opname-dto'

/** Blind: what has been counted so far, never what the system expects. */
export function CountedTable({ lines }: { lines: CountLineDto[] }) {
  const { t } = useTranslation('opname')
  if (lines.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('counting.none')}
      </Text>
    )
  }
  return (
    <Table striped verticalSpacing={6} aria-label={t('counting.table')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lines.product')}</Table.Th>
          <Table.Th>{t('lines.sku')}</Table.Th>
          <Table.Th>{t('lines.barcode')}</Table.Th>
          <Table.Th ta="right">{t('lines.counted')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.productId}>
            <Table.Td>{line.name}</Table.Td>
            <Table.Td>{line.sku}</Table.Td>
            <Table.Td>{line.barcode ?? '—'}</Table.Td>
            <Table.Td ta="right" fw={600}>
              {line.counted} {line.unit}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
