import { Box, Divider, Group, Stack, Text } from '@mantine/core'
import type { CSSProperties, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { ReceiptModel } from '../../../../shared/receipt/receipt-model'

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
const table: CSSProperties = { width: '100%', borderCollapse: 'collapse' }

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

/**
 * The receipt on screen, drawn from the same receipt model as the paper (`receiptModel`): the
 * shop's name, the receipt's own words ("Kembali", the footer, the copy banner) and its
 * arithmetic (Subtotal before discounts − Diskon + Pembulatan = TOTAL). Only the
 * accessible names of its parts come from the interface language.
 */
export function ReceiptView({ model }: { model: ReceiptModel }) {
  const { t } = useTranslation('kasir')
  return (
    <Box style={paper}>
      <Text ta="center" fw={800} size="lg" ff="inherit">
        {model.storeName}
      </Text>
      {model.address.map((line, index) => (
        <Text key={index} ta="center" ff="inherit" fz="inherit">
          {line}
        </Text>
      ))}
      {model.banners.map((banner) => (
        <Text key={banner} ta="center" ff="inherit" fz="inherit" fw={800}>
          {banner}
        </Text>
      ))}
      <Rule />
      <table style={table} aria-label={t('receipt.title')}>
        <tbody>
          {model.info.map((row) => (
            <Row key={row.label} name={row.label} value={row.value} />
          ))}
        </tbody>
      </table>
      <Rule />
      <Stack component="ul" gap={6} aria-label={t('receipt.items')} m={0} p={0}>
        {model.items.map((item, index) => (
          <Box component="li" key={index} style={{ listStyle: 'none' }}>
            <Text ff="inherit" fz="inherit" fw={600}>
              {item.name}
            </Text>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Text ff="inherit" fz="inherit" pl="md">
                {`${item.qty} x ${formatRupiah(item.unitPrice)}`}
              </Text>
              <Text ff="inherit" fz="inherit" style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(item.gross)}
              </Text>
            </Group>
            {item.discount && (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text ff="inherit" fz="inherit" pl="md">
                  {item.discount.reason
                    ? `${item.discount.label} (${item.discount.reason})`
                    : item.discount.label}
                </Text>
                <Text ff="inherit" fz="inherit" style={{ whiteSpace: 'nowrap' }}>
                  {formatRupiah(item.discount.amount)}
                </Text>
              </Group>
            )}
          </Box>
        ))}
      </Stack>
      <Rule />
      <table style={table} aria-label={t('payment.label')}>
        <tbody>
          {model.breakdown.map((row) => (
            <Row key={row.key} name={row.label} value={formatRupiah(row.amount)} />
          ))}
          <Row name={model.total.label} value={formatRupiah(model.total.amount)} strong />
          {model.tenders.map((tender, index) => (
            <Row
              key={`${tender.label}-${index}`}
              name={
                <>
                  {tender.label}
                  {tender.reference && (
                    <Text span ff="inherit" fz={12} display="block">
                      {`${tender.referenceLabel}: ${tender.reference}`}
                    </Text>
                  )}
                </>
              }
              value={formatRupiah(tender.amount)}
            />
          ))}
          {model.change && (
            <Row name={model.change.label} value={formatRupiah(model.change.amount)} />
          )}
        </tbody>
      </table>
      <Rule />
      {model.footer.map((line, index) => (
        <Text key={index} ta="center" ff="inherit" fz="inherit">
          {line}
        </Text>
      ))}
    </Box>
  )
}
