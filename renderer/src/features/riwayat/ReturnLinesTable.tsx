import { NativeSelect, NumberInput, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { errorMessage } from '../../../../shared/error-messages'
import type { Locale } from '../../../../shared/locale'
import { formatRupiah } from '../../../../shared/money'
import {
  exceeds,
  lineRefund,
  returnable,
  type Disposition,
  type ReturnLineDraft,
} from './return-plan'

const nowrap = { whiteSpace: 'nowrap' } as const
const dispositions: Disposition[] = ['restock', 'damaged']

export const returnQtyId = (lineId: string) => `return-qty-${lineId}`

interface Props {
  sale: SaleDto
  drafts: Record<string, ReturnLineDraft>
  locale: Locale
  onChange(lineId: string, draft: ReturnLineDraft): void
}

/** One row per sold line: how many come back, in what state, and what that refunds. */
export function ReturnLinesTable({ sale, drafts, locale, onChange }: Props) {
  const { t } = useTranslation('riwayat')
  const firstOpen = sale.lines.find((line) => returnable(line) > 0)?.id
  return (
    <Table aria-label={t('return.lines')} verticalSpacing={6} fz="sm">
      <Table.Thead style={nowrap}>
        <Table.Tr>
          <Table.Th>{t('return.product')}</Table.Th>
          <Table.Th ta="right">{t('return.sold')}</Table.Th>
          <Table.Th ta="right">{t('return.alreadyReturned')}</Table.Th>
          <Table.Th>{t('return.qty')}</Table.Th>
          <Table.Th>{t('return.disposition')}</Table.Th>
          <Table.Th ta="right">{t('return.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sale.lines.map((line) => {
          const draft = drafts[line.id] ?? { qty: '', disposition: 'restock' }
          const available = returnable(line)
          const over = exceeds(line, draft)
          const messageId = `${returnQtyId(line.id)}-error`
          return (
            <Table.Tr key={line.id}>
              <Table.Td>
                <Text fz="sm" fw={600}>
                  {line.name}
                </Text>
                <Text fz="xs" c="gray.7">
                  {line.qty} × {formatRupiah(line.unitPrice)}
                </Text>
                {over && (
                  <Text fz="xs" c="red.8" id={messageId}>
                    {errorMessage('RETURN_EXCEEDS_SOLD', locale, { name: line.name, available })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{line.qty}</Table.Td>
              <Table.Td ta="right">{line.returnedQty}</Table.Td>
              <Table.Td>
                {available > 0 ? (
                  <NumberInput
                    id={returnQtyId(line.id)}
                    aria-label={t('return.qtyLabel', { name: line.name })}
                    aria-describedby={over ? messageId : undefined}
                    description={t('return.qtyHint', { max: available })}
                    value={draft.qty}
                    onChange={(value) =>
                      onChange(line.id, {
                        ...draft,
                        qty: typeof value === 'number' ? value : value === '' ? '' : Number(value),
                      })
                    }
                    min={0}
                    max={available}
                    // The limit is shown, not silently enforced: a clamped number would
                    // hide the cashier's mistake; the message names what can still come back.
                    clampBehavior="none"
                    allowDecimal={false}
                    allowNegative={false}
                    error={over}
                    w={96}
                    size="sm"
                    data-autofocus={line.id === firstOpen ? true : undefined}
                  />
                ) : (
                  <Text c="dimmed">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                {available > 0 ? (
                  <NativeSelect
                    aria-label={t('return.dispositionLabel', { name: line.name })}
                    value={draft.disposition}
                    onChange={(event) =>
                      onChange(line.id, {
                        ...draft,
                        disposition: event.currentTarget.value as Disposition,
                      })
                    }
                    data={dispositions.map((d) => ({ value: d, label: t(`return.${d}`) }))}
                    w={160}
                    size="sm"
                  />
                ) : (
                  <Text c="dimmed">—</Text>
                )}
              </Table.Td>
              <Table.Td ta="right" fw={600} style={nowrap}>
                {formatRupiah(lineRefund(line, draft))}
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
