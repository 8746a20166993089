import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconBuildingStore } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartnerDto, SettlementDto } from '../../../../shared/consignment/consignment-dto'
import { formatRupiah } from '../../../../shared/money'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { formatQty } from '../stok/format-qty'
import { PartnerForm } from './PartnerForm'
import { PartnerStockModal } from './PartnerStockModal'
import { PayModal } from './PayModal'
import { SendModal } from './SendModal'
import { SettleModal } from './SettleModal'
import { StatementModal } from './StatementModal'

type Dialog = 'edit' | 'send' | 'stock' | 'settle' | 'pay' | 'statement'

/** The "Titip jual" tab of Stok: partner shops and what they hold, send, settle, statement. */
export function ConsignmentPanel({ locations }: { locations: LocationDto[] }) {
  const { t } = useTranslation('titip')
  const partners = useChannel('consignment:partners', { includeInactive: true })
  const [open, setOpen] = useState<{ dialog: Dialog; partner: PartnerDto | null } | null>(null)
  const [last, setLast] = useState<SettlementDto | null>(null)
  const close = () => setOpen(null)
  const partnerFor = (dialog: Dialog) => (open?.dialog === dialog ? open.partner : null)

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={760}>
          {t('hint')}
        </Text>
        <Button
          leftSection={<IconBuildingStore size={16} aria-hidden />}
          onClick={() => setOpen({ dialog: 'edit', partner: null })}
        >
          {t('newPartner')}
        </Button>
      </Group>
      {last && (
        <Alert
          color="teal"
          variant="light"
          title={t('settle.result', { docNo: last.docNo })}
          withCloseButton
          onClose={() => setLast(null)}
          closeButtonLabel={t('actions.close', { ns: 'common' })}
        >
          <Text size="sm">
            {t('settle.amountDue')}: <b>{formatRupiah(last.amountDue)}</b> · {t('settle.receipt')}:{' '}
            {last.receiptNo ?? t('settle.none')} · {t('settle.returnTransfer')}:{' '}
            {last.returnTransferNo ?? t('settle.none')}
          </Text>
        </Alert>
      )}
      {partners.data && partners.data.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('listLabel')} striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>{t('contact')}</Table.Th>
                <Table.Th ta="right">{t('commissionShort')}</Table.Th>
                <Table.Th ta="right">{t('units')}</Table.Th>
                <Table.Th ta="right">{t('owed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(partners.data ?? []).map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td fw={500}>
                    {p.name}{' '}
                    {!p.active && (
                      <Badge color="gray" variant="light">
                        {t('inactive')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{p.contact ?? '—'}</Table.Td>
                  <Table.Td ta="right">{p.commissionPct}%</Table.Td>
                  <Table.Td ta="right">{formatQty(p.units)}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.owed)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {(
                        [
                          ['send', 'sendTo'],
                          ['stock', 'stockOf'],
                          ['settle', 'settleWith'],
                          ['pay', 'payFrom'],
                          ['statement', 'statementOf'],
                          ['edit', 'editOf'],
                        ] as const
                      ).map(([dialog, label]) => (
                        <Button
                          key={dialog}
                          size="compact-sm"
                          variant={dialog === 'settle' ? 'filled' : 'light'}
                          disabled={
                            (!p.active && (dialog === 'send' || dialog === 'settle')) ||
                            (dialog === 'pay' && p.owed <= 0)
                          }
                          aria-label={t(`actions.${label}`, { name: p.name })}
                          onClick={() => setOpen({ dialog, partner: p })}
                        >
                          {t(`actions.${dialog}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PartnerForm opened={open?.dialog === 'edit'} initial={partnerFor('edit')} onClose={close} />
      <SendModal partner={partnerFor('send')} locations={locations} onClose={close} />
      <PartnerStockModal partner={partnerFor('stock')} onClose={close} />
      <SettleModal
        partner={partnerFor('settle')}
        locations={locations}
        onClose={close}
        onSettled={(s) => {
          setLast(s)
          close()
        }}
      />
      <PayModal partner={partnerFor('pay')} onClose={close} />
      <StatementModal partner={partnerFor('statement')} onClose={close} />
    </Stack>
  )
}
