import { Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'
import { shownSaleTotals } from '../../../../shared/till/sale-arithmetic'
import { useSeededName } from '../../i18n/use-seeded-name'

function Row({ name, value, strong }: { name: ReactNode; value: ReactNode; strong?: boolean }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={strong ? 800 : 400}>
        {name}
      </Table.Th>
      <Table.Td ta="right" fw={strong ? 800 : 400} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Table.Td>
    </Table.Tr>
  )
}

/** Subtotal (before discounts) to total, then how it was paid: the money side of the receipt. */
export function SaleMoney({ sale }: { sale: SaleDto }) {
  const { t } = useTranslation('riwayat')
  const seeded = useSeededName()
  // Subtotal before any discount, so Subtotal − discounts + rounding = Total reads true.
  const shown = shownSaleTotals(sale)
  return (
    <>
      <Table aria-label={t('detail.summary')} verticalSpacing={2} withRowBorders={false} fz="sm">
        <Table.Tbody>
          <Row name={t('detail.subtotal')} value={formatRupiah(shown.subtotal)} />
          {shown.lineDiscounts > 0 && (
            <Row name={t('detail.lineDiscounts')} value={formatRupiah(-shown.lineDiscounts)} />
          )}
          {sale.cartDiscount > 0 && (
            <Row
              name={
                sale.cartDiscountReason
                  ? t('detail.cartDiscountReason', { reason: sale.cartDiscountReason })
                  : t('detail.cartDiscount')
              }
              value={formatRupiah(-sale.cartDiscount)}
            />
          )}
          {sale.rounding !== 0 && (
            <Row name={t('detail.rounding')} value={formatRupiah(sale.rounding)} />
          )}
          <Row name={t('detail.total')} value={formatRupiah(sale.total)} strong />
        </Table.Tbody>
      </Table>
      <Table aria-label={t('detail.payments')} verticalSpacing={2} withRowBorders={false} fz="sm">
        <Table.Tbody>
          {sale.payments.map((p, index) => (
            <Table.Tr key={`${p.methodId}-${index}`}>
              <Table.Th scope="row" fw={400}>
                {seeded(p.methodName)}
                {p.reference && (
                  <Text span fz="xs" c="gray.7" ml="xs" ff="monospace">
                    {t('detail.reference', { reference: p.reference })}
                  </Text>
                )}
                {p.kind === 'cash' && p.tendered !== p.amount && (
                  <Text fz="xs" c="gray.7">
                    {t('detail.tendered', { amount: formatRupiah(p.tendered) })} ·{' '}
                    {t('detail.change', { amount: formatRupiah(p.change) })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {formatRupiah(p.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  )
}
