import { Box, Divider, Group, Stack, Text } from '@mantine/core'
import type { CSSProperties, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/dto'
import { formatRupiah } from '../../../../shared/money'
import { formatReceiptDateTime } from '../../../../shared/receipt/receipt-datetime'

const paper: CSSProperties = {
  fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace',
  fontSize: 14,
  lineHeight: 1.45,
  background: 'var(--mantine-color-white)',
  color: 'var(--mantine-color-black)',
  border: '1px solid var(--mantine-color-gray-3)',
  boxShadow: '0 2px 10px rgba(0, 0, 0, 0.08)',
  padding: '18px 20px',
  maxWidth: 380,
  margin: '0 auto',
}

const cell: CSSProperties = { padding: 0, verticalAlign: 'top' }
const label: CSSProperties = { ...cell, textAlign: 'left', fontWeight: 400, paddingRight: 12 }
const amount: CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' }

function Row({ name, value, strong }: { name: ReactNode; value: ReactNode; strong?: boolean }) {
  const weight = strong ? { fontWeight: 800, fontSize: 18 } : {}
  return (
    <tr>
      <th scope="row" style={{ ...label, ...weight }}>
        {name}
      </th>
      <td style={{ ...amount, ...weight }}>{value}</td>
    </tr>
  )
}

const Rule = () => <Divider my={8} variant="dashed" color="gray.6" />

/** The sale as the customer's receipt reads: what the printed slip will say, on screen. */
export function ReceiptView({ sale }: { sale: SaleDto }) {
  const { t } = useTranslation('kasir')
  const table: CSSProperties = { width: '100%', borderCollapse: 'collapse' }
  return (
    <Box style={paper}>
      <Text ta="center" fw={800} size="lg" ff="inherit" tt="uppercase">
        {sale.locationName}
      </Text>
      <Rule />
      <table style={table} aria-label={t('receipt.title')}>
        <tbody>
          <Row name={t('receipt.receiptNo')} value={sale.receiptNo} />
          <Row
            name={t('receipt.date')}
            value={`${formatReceiptDateTime(sale.createdAt)} ${t('receipt.timeZone')}`}
          />
          <Row name={t('receipt.cashier')} value={sale.cashierName} />
          <Row name={t('receipt.location')} value={sale.locationName} />
        </tbody>
      </table>
      <Rule />
      <Stack component="ul" gap={6} aria-label={t('receipt.items')} m={0} p={0}>
        {sale.lines.map((line) => (
          <Box component="li" key={line.id} style={{ listStyle: 'none' }}>
            <Text ff="inherit" fz="inherit" fw={600}>
              {line.name}
            </Text>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text ff="inherit" fz="inherit" pl="md">
                {t('receipt.lineDetail', { qty: line.qty, price: formatRupiah(line.unitPrice) })}
              </Text>
              <Text ff="inherit" fz="inherit" style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(line.qty * line.unitPrice)}
              </Text>
            </Group>
            {line.unitPrice !== line.listPrice && (
              <Text ff="inherit" fz={12} pl="md">
                {t('receipt.priceChanged', { price: formatRupiah(line.listPrice) })}
                {line.overrideReason ? ` (${line.overrideReason})` : ''}
              </Text>
            )}
            {line.discount > 0 && (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text ff="inherit" fz="inherit" pl="md">
                  {t('receipt.lineDiscount', { reason: line.discountReason ?? '' })}
                </Text>
                <Text ff="inherit" fz="inherit" style={{ whiteSpace: 'nowrap' }}>
                  {formatRupiah(-line.discount)}
                </Text>
              </Group>
            )}
          </Box>
        ))}
      </Stack>
      <Rule />
      <table style={table} aria-label={t('payment.label')}>
        <tbody>
          {(sale.rounding !== 0 || sale.cartDiscount > 0) && (
            <Row name={t('receipt.subtotal')} value={formatRupiah(sale.subtotal)} />
          )}
          {sale.cartDiscount > 0 && (
            <Row
              name={
                sale.cartDiscountReason
                  ? `${t('receipt.cartDiscount')} (${sale.cartDiscountReason})`
                  : t('receipt.cartDiscount')
              }
              value={formatRupiah(-sale.cartDiscount)}
            />
          )}
          {sale.rounding !== 0 && (
            <Row name={t('receipt.rounding')} value={formatRupiah(sale.rounding)} />
          )}
          <Row name={t('receipt.total')} value={formatRupiah(sale.total)} strong />
          {sale.payments.map((payment, index) => (
            <Row
              key={`${payment.methodId}-${index}`}
              name={
                <>
                  {payment.kind === 'cash' ? t('receipt.cash') : payment.methodName}
                  {payment.reference && (
                    <Text span ff="inherit" fz={12} display="block">
                      {t('receipt.reference', { reference: payment.reference })}
                    </Text>
                  )}
                </>
              }
              value={formatRupiah(payment.tendered)}
            />
          ))}
          <Row name={t('receipt.change')} value={formatRupiah(sale.change)} />
        </tbody>
      </table>
      <Rule />
      <Text ta="center" ff="inherit" fz="inherit">
        {t('receipt.thanks')}
      </Text>
    </Box>
  )
}
