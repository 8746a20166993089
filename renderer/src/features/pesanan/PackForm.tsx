import { ActionIcon, Button, Group, NumberInput, Paper, SimpleGrid, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDto } from '../../../../shared/orders/orders-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { ActionModal } from './ActionModal'

interface Carton {
  netWeightG: number
  grossWeightG: number
  lengthCm: number
  widthCm: number
  heightCm: number
  qty: Record<string, number>
}

const fromOrder = (order: OrderDto): Carton[] =>
  order.cartons.length > 0
    ? order.cartons.map((c) => ({
        netWeightG: c.netWeightG,
        grossWeightG: c.grossWeightG,
        lengthCm: c.lengthCm,
        widthCm: c.widthCm,
        heightCm: c.heightCm,
        qty: Object.fromEntries(c.lines.map((l) => [l.productId, l.qty])),
      }))
    : [
        {
          netWeightG: 0,
          grossWeightG: 0,
          lengthCm: 40,
          widthCm: 30,
          heightCm: 30,
          qty: Object.fromEntries(order.lines.map((l) => [l.productId, l.qty])),
        },
      ]

/** Cartons with what each holds, weights and size: the packing list's figures. */
export function PackForm({ order, onClose }: { order: OrderDto; onClose: () => void }) {
  const { t } = useTranslation('pesanan')
  const pack = useChannelMutation('orders:pack')
  const [error, setError] = useState<ApiError | null>(null)
  const [cartons, setCartons] = useState<Carton[]>(() => fromOrder(order))
  const update = (index: number, patch: Partial<Carton>) =>
    setCartons(cartons.map((c, i) => (i === index ? { ...c, ...patch } : c)))
  const number = (label: string, value: number, onChange: (n: number) => void) => (
    <NumberInput
      label={label}
      value={value}
      onChange={(v) => onChange(Number(v) || 0)}
      allowDecimal={false}
      min={0}
    />
  )
  const submit = () =>
    pack.mutate(
      {
        id: order.id,
        cartons: cartons.map(({ qty, ...size }) => ({
          ...size,
          lines: Object.entries(qty)
            .filter(([, n]) => n !== 0)
            .map(([productId, n]) => ({ productId, qty: n })),
        })),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('actions.done') })
          onClose()
        },
        onError: setError,
      },
    )
  return (
    <ActionModal
      opened
      title={t('pack.title')}
      onClose={onClose}
      submitLabel={t('pack.save')}
      pending={pack.isPending}
      error={error}
      onSubmit={submit}
    >
      {cartons.map((carton, index) => (
        <Paper key={index} withBorder p="sm">
          <Group justify="space-between">
            <Text fw={600}>{t('pack.carton', { n: index + 1 })}</Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('pack.removeCarton', { n: index + 1 })}
              disabled={cartons.length === 1}
              onClick={() => setCartons(cartons.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={3}>
            {order.lines.map((line) => (
              <NumberInput
                key={line.productId}
                label={`${line.name} (${t('detail.qty')})`}
                value={carton.qty[line.productId] ?? 0}
                onChange={(v) =>
                  update(index, { qty: { ...carton.qty, [line.productId]: Number(v) || 0 } })
                }
                allowDecimal={false}
              />
            ))}
            {number(t('pack.netG'), carton.netWeightG, (n) => update(index, { netWeightG: n }))}
            {number(t('pack.grossG'), carton.grossWeightG, (n) =>
              update(index, { grossWeightG: n }),
            )}
            {number(t('pack.lengthCm'), carton.lengthCm, (n) => update(index, { lengthCm: n }))}
            {number(t('pack.widthCm'), carton.widthCm, (n) => update(index, { widthCm: n }))}
            {number(t('pack.heightCm'), carton.heightCm, (n) => update(index, { heightCm: n }))}
          </SimpleGrid>
        </Paper>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() =>
          setCartons([
            ...cartons,
            {
              ...cartons.at(-1)!,
              qty: Object.fromEntries(order.lines.map((l) => [l.productId, 0])),
            },
          ])
        }
      >
        {t('pack.addCarton')}
      </Button>
    </ActionModal>
  )
}
