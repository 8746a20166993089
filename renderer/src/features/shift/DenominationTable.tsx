import { NumberInput, Table, Text } from '@mantine/core'
import { Fragment, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { denominations, type DenominationCounts } from './denominations'

const COUNT_ATTR = 'data-denomination-count'

/** Enter moves to the next count, as on a tally sheet; the last one hands on to `onDone`. */
function nextOnEnter(event: KeyboardEvent<HTMLInputElement>, onDone: () => void) {
  if (event.key !== 'Enter') return
  event.preventDefault()
  const inputs = [...document.querySelectorAll<HTMLInputElement>(`[${COUNT_ATTR}]`)]
  const next = inputs[inputs.indexOf(event.currentTarget) + 1]
  if (next) {
    next.focus()
    next.select()
  } else onDone()
}

/** How many of each note and coin are in the drawer, with each row's subtotal. */
export function DenominationTable({
  counts,
  onChange,
  onDone,
}: {
  counts: DenominationCounts
  onChange(counts: DenominationCounts): void
  onDone(): void
}) {
  const { t } = useTranslation('shift')
  return (
    <Table aria-label={t('close.denominations')} verticalSpacing={2} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('close.denomination')}</Table.Th>
          <Table.Th w={110}>{t('close.count')}</Table.Th>
          <Table.Th ta="right">{t('close.subtotal')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {denominations.map((d, index) => {
          const count = counts[d.key] ?? 0
          const value = formatRupiah(d.value)
          // Notes first, then coins, each under its own heading (Rp 1.000 is both).
          const startsGroup = denominations[index - 1]?.kind !== d.kind
          return (
            <Fragment key={d.key}>
              {startsGroup ? (
                <Table.Tr bg="gray.0">
                  <Table.Th colSpan={3} scope="colgroup" fz="xs" c="gray.7" tt="uppercase">
                    {d.kind === 'coin' ? t('close.coin') : t('close.note')}
                  </Table.Th>
                </Table.Tr>
              ) : null}
              <Table.Tr>
                <Table.Th scope="row" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {value}
                </Table.Th>
                <Table.Td>
                  <NumberInput
                    aria-label={t(d.kind === 'coin' ? 'close.countOfCoin' : 'close.countOfNote', {
                      value,
                    })}
                    {...{ [COUNT_ATTR]: '' }}
                    value={count === 0 ? '' : count}
                    placeholder="0"
                    onChange={(next) =>
                      onChange({ ...counts, [d.key]: typeof next === 'number' ? next : 0 })
                    }
                    onKeyDown={(event) => nextOnEnter(event, onDone)}
                    onFocus={(event) => event.currentTarget.select()}
                    min={0}
                    max={100_000}
                    allowDecimal={false}
                    allowNegative={false}
                    hideControls
                    size="xs"
                    inputMode="numeric"
                    autoFocus={index === 0}
                  />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text span size="sm" c={count === 0 ? 'gray.7' : undefined}>
                    {formatRupiah(count * d.value)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Fragment>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
