import { Button, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTags } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { LabelPrintDialog } from '../labels/LabelPrintDialog'
import type { LabelItem } from '../labels/label-items'
import { ReceiveStockForm } from './ReceiveStockForm'

interface Props {
  opened: boolean
  product: ProductDto | null
  onClose: () => void
}

/** One label per unit received, capped where `labels:render` caps one product's copies. */
const MAX_LABELS = 500

export function ReceiveStockModal({ opened, product, onClose }: Props) {
  const { t } = useTranslation('stok')
  const { t: tp } = useTranslation('printing')
  const [labels, setLabels] = useState<LabelItem[] | null>(null)

  // The intake closes as before; the offer to print its labels stays on screen a while.
  const offerLabels = (received: { productId: string; name: string; qty: number }) => {
    const copies = Math.min(MAX_LABELS, received.qty)
    const id = `labels-after-receive-${received.productId}`
    notifications.show({
      id,
      color: 'teal',
      autoClose: 20_000,
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">
            {tp('labels.afterReceive', { name: received.name, qty: received.qty })}
          </Text>
          <Button
            size="compact-sm"
            leftSection={<IconTags size={14} aria-hidden />}
            onClick={() => {
              notifications.hide(id)
              setLabels([{ productId: received.productId, copies }])
            }}
          >
            {tp('labels.afterReceivePrint', { count: copies })}
          </Button>
        </Stack>
      ),
    })
  }

  return (
    <>
      <Modal
        opened={opened}
        onClose={onClose}
        title={t('form.title')}
        size="lg"
        centered
        closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
      >
        <ReceiveStockForm
          key={product?.id ?? 'any'}
          initialProduct={product}
          onDone={(received) => {
            if (received) offerLabels(received)
            onClose()
          }}
        />
      </Modal>
      <LabelPrintDialog
        opened={labels !== null}
        items={labels ?? []}
        onClose={() => setLabels(null)}
      />
    </>
  )
}
