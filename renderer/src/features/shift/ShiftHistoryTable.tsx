import { Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { ClosedShift } from './closed-shift'
import { shiftDateTime } from './shift-time'
import { VarianceText } from './VarianceText'

const nowrap = { whiteSpace: 'nowrap' } as const

/** Closed shifts on this till, newest first; the Z number opens that Z report. */
export function ShiftHistoryTable({
  shifts,
  onOpen,
}: {
  shifts: ClosedShift[]
  onOpen(shift: ClosedShift): void
}) {
  const { t } = useTranslation('shift')
  const zone = t('timeZone')
  return (
    <Table aria-label={t('history.label')} highlightOnHover stickyHeader verticalSpacing={6}>
      <Table.Thead style={nowrap}>
        <Table.Tr>
          <Table.Th>{t('history.zNo')}</Table.Th>
          <Table.Th>{t('history.openedBy')}</Table.Th>
          <Table.Th>
            {t('history.openedAt')} ({zone})
          </Table.Th>
          <Table.Th>
            {t('history.closedAt')} ({zone})
          </Table.Th>
          <Table.Th ta="right">{t('history.expected')}</Table.Th>
          <Table.Th ta="right">{t('history.counted')}</Table.Th>
          <Table.Th ta="right">{t('history.variance')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shifts.map((shift) => (
          <Table.Tr key={shift.id} onClick={() => onOpen(shift)} style={{ cursor: 'pointer' }}>
            <Table.Td>
              <UnstyledButton
                aria-label={t('history.open', { zNo: shift.closed.zLabel })}
                onClick={(event) => {
                  event.stopPropagation()
                  onOpen(shift)
                }}
                ff="monospace"
                fz="sm"
                fw={600}
                c="teal.9"
                td="underline"
              >
                {shift.closed.zLabel}
              </UnstyledButton>
            </Table.Td>
            <Table.Td>{shift.openedBy}</Table.Td>
            <Table.Td style={nowrap}>{shiftDateTime(shift.openedAt)}</Table.Td>
            <Table.Td style={nowrap}>{shiftDateTime(shift.closed.at)}</Table.Td>
            <Table.Td ta="right" style={nowrap}>
              {formatRupiah(shift.closed.expectedCash)}
            </Table.Td>
            <Table.Td ta="right" style={nowrap}>
              {formatRupiah(shift.closed.countedCash)}
            </Table.Td>
            <Table.Td ta="right">
              <VarianceText variance={shift.closed.variance} size="sm" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {shifts.length === 0 ? (
        <Table.Caption mt={0} py="md">
          <Text size="sm" c="gray.7">
            {t('history.empty')}
          </Text>
        </Table.Caption>
      ) : null}
    </Table>
  )
}
