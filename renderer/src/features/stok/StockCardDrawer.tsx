import {
  Badge,
  Button,
  Drawer,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { keepPreviousData } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { formatDateTime } from './format-date'
import { formatQty } from './format-qty'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  productId: string | null
  productName: string
  locations: LocationDto[]
  onClose: () => void
}

const PAGE = 100

/** Kartu stok: every movement of one product with the running balance at its location. */
export function StockCardDrawer({ productId, productName, locations, onClose }: Props) {
  const { t } = useTranslation('stok')
  return (
    <Drawer
      opened={productId !== null}
      onClose={onClose}
      position="right"
      size={980}
      title={t('card.title', { name: productName })}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {productId && <StockCardBody productId={productId} locations={locations} />}
    </Drawer>
  )
}

function StockCardBody({ productId, locations }: { productId: string; locations: LocationDto[] }) {
  const { t } = useTranslation('stok')
  const seeded = useSeededName()
  const [locationId, setLocationId] = useState<string | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const card = useChannel(
    'stock:card',
    { productId, locationId, limit },
    { placeholderData: keepPreviousData },
  )
  const save = useChannelMutation('stock:setReorderLevel')
  const [reorder, setReorder] = useState<number | string | null>(null)

  if (!card.data) {
    return card.error ? (
      <Text c="red" role="alert">
        {card.error.message}
      </Text>
    ) : (
      <Loader />
    )
  }
  const data = card.data
  const reorderValue = reorder ?? data.product.reorderLevel
  const showCost = data.product.cost !== null

  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('card.balances')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {data.balances.map((b) => (
            <Paper key={b.locationId} withBorder p="xs" radius="md">
              <Text size="xs" c="dimmed" lineClamp={1}>
                {seeded(b.locationName)}
              </Text>
              <Text fw={700}>
                {formatQty(b.onHand)} {data.product.unit}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        {data.inTransit > 0 && (
          <Badge mt="xs" variant="light" color="blue">
            {t('card.inTransit', { qty: formatQty(data.inTransit) })}
          </Badge>
        )}
      </div>
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end" gap="xs">
          <NumberInput
            label={t('card.reorderLevel')}
            description={t('card.reorderHelp')}
            value={reorderValue}
            onChange={setReorder}
            min={0}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
            w={300}
            error={save.error?.message}
          />
          <Button
            variant="light"
            loading={save.isPending}
            disabled={Number(reorderValue) === data.product.reorderLevel}
            onClick={() =>
              save.mutate(
                { productId, reorderLevel: Number(reorderValue) || 0 },
                {
                  onSuccess: () => {
                    setReorder(null)
                    notifications.show({ color: 'teal', message: t('card.reorderSaved') })
                  },
                },
              )
            }
          >
            {t('card.saveReorder')}
          </Button>
        </Group>
        <Select
          label={t('card.location')}
          data={[
            { value: '', label: t('card.allLocations') },
            ...locations.map((l) => ({ value: l.id, label: seeded(l.name) })),
          ]}
          value={locationId ?? ''}
          onChange={(v) => {
            setLocationId(v ? v : null)
            setLimit(PAGE)
          }}
          allowDeselect={false}
          w={220}
        />
      </Group>
      {data.movements.length === 0 ? (
        <Text c="dimmed">{t('card.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table
            aria-label={t('card.movements', { name: data.product.name })}
            striped
            verticalSpacing={4}
            stickyHeader
            fz="sm"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('card.when')}</Table.Th>
                <Table.Th>{t('card.location')}</Table.Th>
                <Table.Th>{t('card.reason')}</Table.Th>
                <Table.Th ta="right">{t('card.qty')}</Table.Th>
                <Table.Th ta="right">{t('card.balance')}</Table.Th>
                {showCost && <Table.Th ta="right">{t('card.unitCost')}</Table.Th>}
                <Table.Th>{t('card.who')}</Table.Th>
                <Table.Th>{t('card.document')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.movements.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(m.createdAt)}
                  </Table.Td>
                  <Table.Td>{seeded(m.locationName)}</Table.Td>
                  <Table.Td>
                    {t(`reasons.${m.reason}`)}
                    {m.note && (
                      <Text size="xs" c="dimmed" lineClamp={1} title={m.note}>
                        {m.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} c={m.qty < 0 ? 'red.8' : 'teal.8'}>
                    {m.qty > 0 ? '+' : ''}
                    {formatQty(m.qty)}
                  </Table.Td>
                  <Table.Td ta="right">{formatQty(m.balance)}</Table.Td>
                  {showCost && (
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {m.unitCost === null ? '' : formatRupiah(m.unitCost)}
                    </Table.Td>
                  )}
                  <Table.Td>{m.userName}</Table.Td>
                  <Table.Td ff="monospace" fz="xs">
                    {m.ref?.type === 'import'
                      ? t('card.importRef', { file: m.ref.label })
                      : (m.ref?.label ?? '')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('card.shown', { shown: data.movements.length, total: data.total })}
        </Text>
        {data.movements.length < data.total && (
          <Button variant="default" onClick={() => setLimit(Math.min(limit + PAGE, 500))}>
            {t('card.more')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
