import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { OrderDto } from '../../../../shared/orders/orders-dto'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { formatDateTime, formatDay } from '../stok/format-date'
import { CancelForm, DocumentForm, PayForm, ProductionForm, SettleForm } from './OrderActionForms'
import { PackForm } from './PackForm'
import { ShipForm } from './ShipForm'
import { StatusBadge } from './StatusBadge'

type Dialog = 'pay' | 'cancel' | 'settle' | 'pack' | 'ship' | 'production' | 'document' | null

/** One order: lines, money, the dated steps, payments, cartons, production and documents. */
export function OrderDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation('pesanan')
  const query = useChannel('orders:get', { id })
  const [dialog, setDialog] = useState<Dialog>(null)
  if (query.error) return <Alert color="red">{query.error.message}</Alert>
  if (!query.data) return null
  const order = query.data
  const close = () => setDialog(null)
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={onBack}
          >
            {t('detail.back')}
          </Button>
          <Title order={3}>{order.orderNo}</Title>
          <StatusBadge status={order.status} />
          <Text>{order.buyer.name}</Text>
        </Group>
        {order.receiptNo && (
          <Text size="sm">{t('detail.sale', { receiptNo: order.receiptNo })}</Text>
        )}
      </Group>
      <OrderActions order={order} open={setDialog} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <LinesTable order={order} />
        <MoneyPanel order={order} />
      </SimpleGrid>
      {order.shipments.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={4}>{t('detail.shipments')}</Title>
          <Table aria-label={t('detail.shipments')}>
            <Table.Tbody>
              {order.shipments.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>{t('detail.shipmentNo', { n: h.shipmentNo })}</Table.Td>
                  <Table.Td>{formatDateTime(h.at)}</Table.Td>
                  <Table.Td>{h.receiptNo}</Table.Td>
                  <Table.Td>{h.lines.map((l) => `${l.name} × ${l.qty}`).join(', ')}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(h.total)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={4}>{t('detail.events')}</Title>
          <Table aria-label={t('detail.events')}>
            <Table.Tbody>
              {order.events.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{t(`status.${e.status}`)}</Table.Td>
                  <Table.Td>{e.userName}</Table.Td>
                  <Table.Td>{e.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm">
          <Title order={4}>{t('detail.payments')}</Title>
          <Table aria-label={t('detail.payments')}>
            <Table.Tbody>
              {order.payments.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.receiptNo}</Table.Td>
                  <Table.Td>{t(`detail.paymentKinds.${p.kind}`)}</Table.Td>
                  <Table.Td>{p.methodName ?? ''}</Table.Td>
                  <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
                  <Table.Td>{p.reason ?? p.reference ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="sm">
          <Title order={4}>{t('detail.production')}</Title>
          <Table aria-label={t('detail.production')}>
            <Table.Tbody>
              {order.productionRequests.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.requestNo}</Table.Td>
                  <Table.Td>{r.productName}</Table.Td>
                  <Table.Td>
                    {r.received} / {r.qty}
                  </Table.Td>
                  <Table.Td>{formatDay(r.dueDate)}</Table.Td>
                  <Table.Td>{t(`production.states.${r.state}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm">
          <Title order={4}>{t('detail.cartons')}</Title>
          <Table aria-label={t('detail.cartons')}>
            <Table.Tbody>
              {order.cartons.map((c) => (
                <Table.Tr key={c.cartonNo}>
                  <Table.Td>{c.cartonNo}</Table.Td>
                  <Table.Td>{c.lines.map((l) => `${l.name} × ${l.qty}`).join('; ')}</Table.Td>
                  <Table.Td>
                    {c.lengthCm} × {c.widthCm} × {c.heightCm} cm
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4} mt="sm">
            {t('detail.documents')}
          </Title>
          {order.documents.map((d) => (
            <Text key={d.docNo} size="sm">
              {d.docNo} · {t(`document.kinds.${d.kind}`)} · {d.currency}
            </Text>
          ))}
        </Paper>
      </SimpleGrid>
      {dialog === 'pay' && <PayForm order={order} onClose={close} />}
      {dialog === 'cancel' && <CancelForm order={order} onClose={close} />}
      {dialog === 'settle' && <SettleForm order={order} onClose={close} />}
      {dialog === 'pack' && <PackForm order={order} onClose={close} />}
      {dialog === 'ship' && <ShipForm order={order} onClose={close} />}
      {dialog === 'production' && <ProductionForm order={order} onClose={close} />}
      {dialog === 'document' && <DocumentForm order={order} onClose={close} />}
    </Stack>
  )
}

/** Only the steps the order can take now are offered; main refuses the rest anyway. */
function OrderActions({ order, open }: { order: OrderDto; open: (d: Dialog) => void }) {
  const { t } = useTranslation('pesanan')
  const advance = useChannelMutation('orders:advance')
  const ship = useChannelMutation('orders:ship')
  const s = order.status
  const working = s === 'confirmed' || s === 'in_production' || s === 'ready'
  const step = (status: 'confirmed' | 'in_production' | 'ready' | 'delivered') =>
    advance.mutate(
      { id: order.id, status },
      { onError: (error) => notifications.show({ color: 'red', message: error.message }) },
    )
  return (
    <Group gap="xs">
      {s === 'quotation' && (
        <Button onClick={() => step('confirmed')}>{t('actions.confirm')}</Button>
      )}
      {s === 'confirmed' && (
        <Button variant="light" onClick={() => step('in_production')}>
          {t('actions.in_production')}
        </Button>
      )}
      {(s === 'confirmed' || s === 'in_production') && (
        <Button variant="light" onClick={() => step('ready')}>
          {t('actions.ready')}
        </Button>
      )}
      {(working || s === 'shipped' || s === 'delivered') && order.money.balanceDue > 0 && (
        <Button variant="light" onClick={() => open('pay')}>
          {t('actions.pay')}
        </Button>
      )}
      {(s === 'quotation' || working) && (
        <Button variant="light" onClick={() => open('production')}>
          {t('actions.requestProduction')}
        </Button>
      )}
      {working && (
        <Button variant="light" onClick={() => open('pack')}>
          {t('actions.pack')}
        </Button>
      )}
      {working && (
        <Button
          loading={ship.isPending}
          onClick={() =>
            ship.mutate(
              { id: order.id },
              {
                onSuccess: (shipped) =>
                  notifications.show({
                    color: 'teal',
                    message: t('actions.shipped', {
                      receiptNo: shipped.shipments.at(-1)?.receiptNo,
                    }),
                  }),
                onError: (error) => notifications.show({ color: 'red', message: error.message }),
              },
            )
          }
        >
          {t('actions.ship')}
        </Button>
      )}
      {working && (
        <Button variant="light" onClick={() => open('ship')}>
          {t('actions.shipPart')}
        </Button>
      )}
      {s === 'shipped' && (
        <Button variant="light" onClick={() => step('delivered')}>
          {t('actions.delivered')}
        </Button>
      )}
      <Button variant="default" onClick={() => open('document')}>
        {t('actions.document')}
      </Button>
      {(s === 'quotation' || working) && (
        <Button variant="subtle" color="red" onClick={() => open('cancel')}>
          {t('actions.cancel')}
        </Button>
      )}
      {s === 'cancelled' && order.money.held > 0 && (
        <Button variant="light" color="red" onClick={() => open('settle')}>
          {t('actions.settle')}
        </Button>
      )}
    </Group>
  )
}

function LinesTable({ order }: { order: OrderDto }) {
  const { t } = useTranslation('pesanan')
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('detail.lines')}</Title>
      <Table aria-label={t('detail.lines')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.product')}</Table.Th>
            <Table.Th ta="right">{t('detail.qty')}</Table.Th>
            <Table.Th ta="right">{t('detail.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('detail.lineTotal')}</Table.Th>
            <Table.Th ta="right">{t('detail.packed')}</Table.Th>
            <Table.Th ta="right">{t('detail.shipped')}</Table.Th>
            <Table.Th>{t('detail.dueDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order.lines.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                {l.name}{' '}
                <Text span size="xs" c="gray.7">
                  {l.sku}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{l.qty}</Table.Td>
              <Table.Td ta="right">{formatRupiah(l.unitPrice)}</Table.Td>
              <Table.Td ta="right">{formatRupiah(l.lineTotal)}</Table.Td>
              <Table.Td ta="right">{l.packed}</Table.Td>
              <Table.Td ta="right">{l.shipped}</Table.Td>
              <Table.Td>{l.dueDate ?? order.dueDate ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}

function MoneyPanel({ order }: { order: OrderDto }) {
  const { t } = useTranslation('pesanan')
  const m = order.money
  const rows: Array<[string, number]> = [
    [t('detail.total'), m.total],
    [t('detail.received'), m.received],
    ...(m.refunded ? [[t('detail.refunded'), m.refunded] as [string, number]] : []),
    ...(m.forfeited ? [[t('detail.forfeited'), m.forfeited] as [string, number]] : []),
    [t('detail.balanceDue'), m.balanceDue],
    ...(m.held ? [[t('detail.held'), m.held] as [string, number]] : []),
  ]
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('detail.money')}</Title>
      <Table aria-label={t('detail.money')}>
        <Table.Tbody>
          {rows.map(([label, amount]) => (
            <Table.Tr key={label}>
              <Table.Th>{label}</Table.Th>
              <Table.Td
                ta="right"
                data-testid={label === t('detail.balanceDue') ? 'balance-due' : undefined}
              >
                {formatRupiah(amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}
