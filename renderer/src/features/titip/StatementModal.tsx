import { Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartnerDto, StatementTotals } from '../../../../shared/consignment/consignment-dto'
import type { FilePayload } from '../../../../shared/documents/file-payload'
import { formatRupiah } from '../../../../shared/money'
import { call, type ApiError } from '../../api/client'
import { useChannel } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'
import { DateRangeFields } from '../../components/period/PeriodFields'
import { formatQty } from '../stok/format-qty'
import { todayIso } from '../stok/format-date'

interface Props {
  partner: PartnerDto | null
  onClose: () => void
}

/** The partner's statement over a period, on screen and as an A4 PDF. */
export function StatementModal({ partner, onClose }: Props) {
  const { t } = useTranslation('titip')
  return (
    <Modal
      opened={partner !== null}
      onClose={onClose}
      title={partner ? t('statement.title', { name: partner.name }) : ''}
      size={1100}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {partner && <StatementBody partner={partner} />}
    </Modal>
  )
}

const monthStart = (iso: string) => `${iso.slice(0, 8)}01`

function StatementBody({ partner }: { partner: PartnerDto }) {
  const { t } = useTranslation('titip')
  const [to, setTo] = useState(todayIso())
  const [from, setFrom] = useState(monthStart(todayIso()))
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to
  const period = { locationId: partner.id, from, to }
  const statement = useChannel('consignment:statement', period, { enabled: valid })
  const pdf = useMutation<FilePayload, ApiError, typeof period>({
    mutationFn: (input) => call('consignment:statementPdf', input),
    onSuccess: (file) => {
      saveFile(file)
      notifications.show({
        color: 'teal',
        message: t('statement.saved', { filename: file.filename }),
      })
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  })

  const cells = (x: StatementTotals) => [
    formatQty(x.opening),
    formatQty(x.sent),
    formatQty(x.sold),
    formatQty(x.returned),
    formatQty(x.missing),
    formatQty(x.closing),
    formatRupiah(x.soldAmount),
    formatRupiah(x.commission),
    formatRupiah(x.amountDue),
  ]

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <DateRangeFields
          from={from}
          to={to}
          labels={{ from: t('statement.from'), to: t('statement.to') }}
          onChange={(key, date) => (key === 'from' ? setFrom(date) : setTo(date))}
          width={170}
        />
        <Button
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          variant="light"
          disabled={!valid}
          loading={pdf.isPending}
          onClick={() => pdf.mutate(period)}
        >
          {t('statement.pdf')}
        </Button>
      </Group>
      {!statement.data ? (
        valid && <Loader />
      ) : statement.data.lines.length === 0 ? (
        <Text c="dimmed" py="lg" ta="center">
          {t('statement.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table aria-label={t('statement.label')} striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('statement.product')}</Table.Th>
                {(
                  [
                    'opening',
                    'sent',
                    'sold',
                    'returned',
                    'missing',
                    'closing',
                    'soldAmount',
                    'commission',
                    'amountDue',
                  ] as const
                ).map((key) => (
                  <Table.Th key={key} ta="right">
                    {t(`statement.${key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {statement.data.lines.map((line) => (
                <Table.Tr key={line.productId}>
                  <Table.Td>{line.name}</Table.Td>
                  {cells(line).map((value, i) => (
                    <Table.Td key={i} ta="right">
                      {value}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>{t('statement.total')}</Table.Td>
                {cells(statement.data.totals).map((value, i) => (
                  <Table.Td key={i} ta="right">
                    {value}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
