import {
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPrinter, IconTruckDelivery } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { TransferDto } from '../../../../shared/stock/stock-dto'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { formatDateTime } from './format-date'
import { formatQty } from './format-qty'
import { Fact } from './StockDocumentView'
import { TransferStateBadge } from './TransferStateBadge'
import { useSavePdf } from './use-save-pdf'

interface Props {
  id: string | null
  onClose: () => void
  onEdit: (transfer: TransferDto) => void
  onReceive: (transfer: TransferDto) => void
}

export function TransferDrawer({ id, onClose, onEdit, onReceive }: Props) {
  const { t } = useTranslation('stok')
  const transfer = useChannel('stock:transfer', { id: id ?? '' }, { enabled: id !== null })
  const send = useChannelMutation('stock:sendTransfer')
  const cancel = useChannelMutation('stock:cancelTransfer')
  const pdf = useSavePdf('stock:transferPdf')
  const d = transfer.data && transfer.data.id === id ? transfer.data : null
  const failed = send.error ?? cancel.error
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size={760}
      title={d ? t('transfers.detail.title', { transferNo: d.transferNo }) : ''}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {!d ? (
        <Loader />
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <TransferStateBadge state={d.state} />
            <Text size="sm" c="dimmed">
              {d.fromName} → {d.toName}
            </Text>
          </Group>
          <SimpleGrid cols={3} spacing="xs">
            <Fact
              label={t('transfers.detail.createdBy', { name: d.createdByName })}
              value={formatDateTime(d.createdAt)}
            />
            {d.sentAt && (
              <Fact
                label={t('transfers.detail.sentBy', { name: d.sentByName ?? '' })}
                value={formatDateTime(d.sentAt)}
              />
            )}
            {d.receivedAt && (
              <Fact
                label={t('transfers.detail.receivedBy', { name: d.receivedByName ?? '' })}
                value={formatDateTime(d.receivedAt)}
              />
            )}
          </SimpleGrid>
          {d.note && <Text size="sm">{d.note}</Text>}
          {d.state === 'in_transit' && (
            <Alert color="blue" variant="light" py={6} icon={<IconTruckDelivery size={18} />}>
              {t('transfers.detail.inTransitNote', { from: d.fromName, to: d.toName })}
            </Alert>
          )}
          <Table aria-label={t('transfers.detail.lines')} striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lines.product')}</Table.Th>
                <Table.Th ta="right">{t('transfers.detail.sentQty')}</Table.Th>
                {d.state === 'received' && (
                  <>
                    <Table.Th ta="right">{t('transfers.detail.receivedQty')}</Table.Th>
                    <Table.Th ta="right">{t('transfers.detail.damagedQty')}</Table.Th>
                    <Table.Th ta="right">{t('transfers.detail.missingQty')}</Table.Th>
                  </>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.lineItems.map((l) => (
                <Table.Tr key={l.lineNo}>
                  <Table.Td>
                    {l.name}{' '}
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {l.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatQty(l.qtySent)} {l.unit}
                  </Table.Td>
                  {d.state === 'received' && (
                    <>
                      <Table.Td ta="right">{formatQty(l.qtyReceived ?? 0)}</Table.Td>
                      <Table.Td ta="right" c={l.qtyDamaged ? 'orange.8' : undefined}>
                        {formatQty(l.qtyDamaged ?? 0)}
                      </Table.Td>
                      <Table.Td ta="right" c={l.qtyMissing ? 'red.8' : undefined}>
                        {formatQty(l.qtyMissing ?? 0)}
                      </Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {d.receiveNote && (
            <Badge variant="light" color="orange" size="lg" style={{ textTransform: 'none' }}>
              {d.receiveNote}
            </Badge>
          )}
          {failed && (
            <Alert color="red" role="alert">
              {failed.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} aria-hidden />}
              loading={pdf.isPending}
              onClick={() => pdf.mutate({ id: d.id })}
            >
              {t('transfers.detail.print')}
            </Button>
            {d.state === 'draft' && (
              <>
                <Button
                  variant="subtle"
                  color="red"
                  loading={cancel.isPending}
                  onClick={() =>
                    cancel.mutate(
                      { id: d.id },
                      {
                        onSuccess: () =>
                          notifications.show({ message: t('transfers.detail.cancelled') }),
                      },
                    )
                  }
                >
                  {t('transfers.detail.cancelDraft')}
                </Button>
                <Button variant="light" onClick={() => onEdit(d)}>
                  {t('transfers.detail.edit')}
                </Button>
                <Button
                  loading={send.isPending}
                  onClick={() =>
                    send.mutate(
                      { id: d.id },
                      {
                        onSuccess: (sent) =>
                          notifications.show({
                            color: 'teal',
                            message: t('transfers.detail.sent', { transferNo: sent.transferNo }),
                          }),
                      },
                    )
                  }
                >
                  {t('transfers.detail.send')}
                </Button>
              </>
            )}
            {d.state === 'in_transit' && (
              <Button onClick={() => onReceive(d)}>{t('transfers.detail.receive')}</Button>
            )}
          </Group>
        </Stack>
      )}
    </Drawer>
  )
}
