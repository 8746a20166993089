import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleSummaryDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'
import { formatReceiptDateTime } from '../../../../shared/receipt/receipt-datetime'
import { useSeededName } from '../../i18n/use-seeded-name'

const nowrap = { whiteSpace: 'nowrap' } as const
// A badge's label may shrink to nothing inside an auto-width table cell.
const badgeStyles = { label: { overflow: 'visible' } } as const

/** Marks each row's open button, so the search box can hand focus to the first one. */
export const OPEN_SALE_ATTR = 'data-open-sale'

export function focusFirstSale(): void {
  document.querySelector<HTMLElement>(`[${OPEN_SALE_ATTR}]`)?.focus()
}

/** ↑/↓ walk the rows' open buttons; Enter on one opens it (it is a button). */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  const buttons = [...document.querySelectorAll<HTMLElement>(`[${OPEN_SALE_ATTR}]`)]
  const at = buttons.indexOf(event.target as HTMLElement)
  if (at === -1) return
  event.preventDefault()
  buttons[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus()
}

interface Props {
  sales: SaleSummaryDto[]
  selectedId: string | null
  onOpen(sale: SaleSummaryDto): void
}

export function SalesTable({ sales, selectedId, onOpen }: Props) {
  const { t } = useTranslation('riwayat')
  const seeded = useSeededName()
  return (
    <Table aria-label={t('list.label')} highlightOnHover stickyHeader verticalSpacing={6} miw={960}>
      <Table.Thead style={nowrap}>
        <Table.Tr>
          <Table.Th>{t('list.time')}</Table.Th>
          <Table.Th>{t('list.receiptNo')}</Table.Th>
          <Table.Th>{t('list.cashier')}</Table.Th>
          <Table.Th>{t('list.location')}</Table.Th>
          <Table.Th ta="right">{t('list.items')}</Table.Th>
          <Table.Th>{t('list.methods')}</Table.Th>
          <Table.Th ta="right">{t('list.total')}</Table.Th>
          <Table.Th>{t('list.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody onKeyDown={moveFocus}>
        {sales.map((sale) => {
          const selected = sale.id === selectedId
          return (
            <Table.Tr
              key={sale.id}
              onClick={() => onOpen(sale)}
              aria-current={selected ? 'true' : undefined}
              bg={selected ? 'teal.0' : undefined}
              c={sale.voided ? 'gray.7' : undefined}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td style={nowrap}>{formatReceiptDateTime(sale.createdAt)}</Table.Td>
              <Table.Td style={nowrap}>
                <UnstyledButton
                  {...{ [OPEN_SALE_ATTR]: '' }}
                  aria-label={t('list.open', { receiptNo: sale.receiptNo })}
                  onClick={(event) => {
                    event.stopPropagation()
                    onOpen(sale)
                  }}
                  ff="monospace"
                  fz="sm"
                  fw={600}
                  c="teal.9"
                  td="underline"
                >
                  {sale.receiptNo}
                </UnstyledButton>
              </Table.Td>
              <Table.Td>{sale.cashierName}</Table.Td>
              <Table.Td>{seeded(sale.locationName)}</Table.Td>
              <Table.Td ta="right">{sale.items}</Table.Td>
              <Table.Td>{sale.methods.join(', ')}</Table.Td>
              <Table.Td
                ta="right"
                fw={600}
                style={{ ...nowrap, textDecoration: sale.voided ? 'line-through' : undefined }}
              >
                {formatRupiah(sale.total)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {sale.voided && (
                    <Badge color="red" variant="filled" styles={badgeStyles}>
                      {t('list.voided')}
                    </Badge>
                  )}
                  {sale.returned && (
                    <Badge color="orange" variant="light" styles={badgeStyles}>
                      {t('list.returned')}
                    </Badge>
                  )}
                  {!sale.voided && !sale.returned && (
                    <Text span size="sm" c="dimmed">
                      {t('list.completed')}
                    </Text>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
