import { Badge, Button, Group, Loader, Modal, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type {
  PartnerDto,
  PartnerStockLineDto,
} from '../../../../shared/consignment/consignment-dto'
import { formatRupiah } from '../../../../shared/money'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { RupiahInput } from '../produk/RupiahInput'
import { formatQty } from '../stok/format-qty'

interface Props {
  partner: PartnerDto | null
  onClose: () => void
}

/** What a partner holds per product, and the consignment price agreed for each. */
export function PartnerStockModal({ partner, onClose }: Props) {
  const { t } = useTranslation('titip')
  return (
    <Modal
      opened={partner !== null}
      onClose={onClose}
      title={partner ? t('stock.title', { name: partner.name }) : ''}
      size={900}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {partner && <StockBody partner={partner} />}
    </Modal>
  )
}

function StockBody({ partner }: { partner: PartnerDto }) {
  const { t } = useTranslation('titip')
  const stock = useChannel('consignment:stock', { locationId: partner.id })
  if (!stock.data) return <Loader />
  if (stock.data.lines.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('stock.empty')}
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label={t('stock.label')} striped verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stock.product')}</Table.Th>
            <Table.Th ta="right">{t('stock.onHand')}</Table.Th>
            <Table.Th ta="right">{t('stock.listPrice')}</Table.Th>
            <Table.Th w={260}>{t('stock.price')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stock.data.lines.map((line) => (
            <StockRow key={line.productId} partnerId={partner.id} line={line} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function StockRow({ partnerId, line }: { partnerId: string; line: PartnerStockLineDto }) {
  const { t } = useTranslation('titip')
  const setPrice = useChannelMutation('consignment:setPrice')
  const [price, setPriceValue] = useState<number>(line.price)
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {line.name}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {line.sku}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{formatQty(line.onHand)}</Table.Td>
      <Table.Td ta="right">{formatRupiah(line.listPrice)}</Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <RupiahInput
            aria-label={t('stock.priceOf', { name: line.name })}
            value={price}
            size="xs"
            w={130}
            onChange={(v) => setPriceValue(Number(v) || 0)}
          />
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('stock.savePriceOf', { name: line.name })}
            loading={setPrice.isPending}
            onClick={() =>
              setPrice.mutate(
                { locationId: partnerId, productId: line.productId, price },
                {
                  onSuccess: () =>
                    notifications.show({
                      color: 'teal',
                      message: t('stock.priceSaved', { name: line.name }),
                    }),
                  onError: (error) => notifications.show({ color: 'red', message: error.message }),
                },
              )
            }
          >
            {t('stock.savePrice')}
          </Button>
          {line.agreed && (
            <Badge variant="light" color="teal">
              {t('stock.agreed')}
            </Badge>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  )
}
