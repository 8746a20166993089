import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { DateField } from '../../components/dates/DateField'
import { ProductPicker } from '../stok/ProductPicker'
import { CustomProductForm } from './CustomProductForm'

interface Props {
  opened: boolean
  onClose: () => void
  onCreated: (id: string) => void
}

interface Line {
  product: ProductDto
  qty: number
  unitPrice: number
  priceReason: string
  hsCode: string
}

export function OrderForm({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation('pesanan')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('form.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {opened && <OrderFormBody onClose={onClose} onCreated={onCreated} />}
    </Modal>
  )
}

/** A quotation: buyer, due date and lines at the counter price or an agreed one (with a reason). */
function OrderFormBody({ onClose, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('pesanan')
  const buyers = useChannel('orders:buyers', { search: '' })
  const create = useChannelMutation('orders:create')
  const [buyerId, setBuyerId] = useState<string | null>(null)
  const [dueDate, setDueDate] = useState('')
  const [note, setNote] = useState('')
  const [lines, setLines] = useState<Line[]>([])
  const [custom, setCustom] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const fieldError = (path: string) => error?.fieldErrors()[path]
  const addProduct = (product: ProductDto | null) => {
    if (!product || lines.some((l) => l.product.id === product.id)) return
    setLines([...lines, { product, qty: 1, unitPrice: product.price, priceReason: '', hsCode: '' }])
  }
  const update = (index: number, patch: Partial<Line>) =>
    setLines(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)))

  const submit = () =>
    create.mutate(
      {
        buyerId: buyerId ?? '',
        dueDate: dueDate || null,
        note,
        lines: lines.map((l) => ({
          productId: l.product.id,
          qty: l.qty,
          unitPrice: l.unitPrice,
          priceReason: l.priceReason,
          hsCode: l.hsCode,
        })),
      },
      {
        onSuccess: (order) => {
          notifications.show({
            color: 'teal',
            message: t('orders.created', { orderNo: order.orderNo }),
          })
          onCreated(order.id)
        },
        onError: setError,
      },
    )

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2}>
        <Select
          label={t('form.buyer')}
          searchable
          required
          data-autofocus
          value={buyerId}
          onChange={setBuyerId}
          data={(buyers.data ?? []).map((b) => ({
            value: b.id,
            label: `${b.name} (${b.country})`,
          }))}
          error={fieldError('buyerId')}
        />
        <DateField
          label={t('form.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          clearable
          error={fieldError('dueDate')}
        />
      </SimpleGrid>
      <TextInput
        label={t('form.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={300}
      />
      <Group align="flex-end" wrap="nowrap">
        <div style={{ flex: 1 }}>
          <ProductPicker value={null} label={t('form.addLine')} onChange={addProduct} />
        </div>
        <Button variant="default" onClick={() => setCustom(true)} disabled={custom}>
          {t('custom.open')}
        </Button>
      </Group>
      {custom && (
        <CustomProductForm
          onCreated={(product) => {
            addProduct(product)
            setCustom(false)
          }}
          onCancel={() => setCustom(false)}
        />
      )}
      {lines.length > 0 && (
        <Table aria-label={t('form.lines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('form.product')}</Table.Th>
              <Table.Th>{t('form.qty')}</Table.Th>
              <Table.Th>{t('form.unitPrice')}</Table.Th>
              <Table.Th>{t('form.priceReason')}</Table.Th>
              <Table.Th>{t('form.hsCode')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <Table.Tr key={line.product.id}>
                <Table.Td>{line.product.name}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${t('form.qty')} ${line.product.name}`}
                    value={line.qty}
                    onChange={(v) => update(index, { qty: Number(v) || 0 })}
                    allowDecimal={false}
                    w={100}
                    error={fieldError(`lines.${index}.qty`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${t('form.unitPrice')} ${line.product.name}`}
                    value={line.unitPrice}
                    onChange={(v) => update(index, { unitPrice: Number(v) || 0 })}
                    allowDecimal={false}
                    thousandSeparator="."
                    decimalSeparator=","
                    w={140}
                    error={fieldError(`lines.${index}.unitPrice`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('form.priceReason')} ${line.product.name}`}
                    value={line.priceReason}
                    onChange={(e) => update(index, { priceReason: e.currentTarget.value })}
                    maxLength={200}
                    error={fieldError(`lines.${index}.priceReason`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${t('form.hsCode')} ${line.product.name}`}
                    value={line.hsCode}
                    onChange={(e) => update(index, { hsCode: e.currentTarget.value })}
                    maxLength={20}
                    w={110}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('form.remove', { name: line.product.name })}
                    onClick={() => setLines(lines.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('form.cancel')}
        </Button>
        <Button onClick={submit} loading={create.isPending} disabled={lines.length === 0}>
          {t('form.save')}
        </Button>
      </Group>
    </Stack>
  )
}
