import { Table } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'
import { formatReceiptDateTime } from '../../../../shared/receipt/receipt-datetime'

export function SaleReturnsTable({ returns }: { returns: SaleDto['returns'] }) {
  const { t } = useTranslation('riwayat')
  return (
    <Table aria-label={t('detail.returns')} verticalSpacing={4} fz="sm">
      <Table.Thead style={{ whiteSpace: 'nowrap' }}>
        <Table.Tr>
          <Table.Th>{t('detail.returnNo')}</Table.Th>
          <Table.Th>{t('detail.returnAt')}</Table.Th>
          <Table.Th>{t('detail.returnReason')}</Table.Th>
          <Table.Th ta="right">{t('detail.refund')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {returns.map((r) => (
          <Table.Tr key={r.returnNo}>
            <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {r.returnNo}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatReceiptDateTime(r.at)}</Table.Td>
            <Table.Td>{r.reason}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatRupiah(r.refundTotal)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
