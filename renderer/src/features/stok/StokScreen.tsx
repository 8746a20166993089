import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconPackageImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { useChannel } from '../../api/hooks'
import { DocumentsPanel } from './DocumentsPanel'
import { ExhibitionsPanel } from './ExhibitionsPanel'
import { LocationsPanel } from './LocationsPanel'
import { OnHandPanel } from './OnHandPanel'
import { ReceiveStockModal } from './ReceiveStockModal'
import { TransfersPanel } from './TransfersPanel'

const tabs = ['onHand', 'documents', 'transfers', 'exhibitions', 'locations'] as const
type Tab = (typeof tabs)[number]

export function StokScreen() {
  const { t } = useTranslation('stok')
  const [tab, setTab] = useState<Tab>('onHand')
  const [sendTo, setSendTo] = useState<string | null>(null)
  const [receiveOpen, setReceiveOpen] = useState(false)
  const [receivingId, setReceivingId] = useState<string | null>(null)
  const locations = useChannel('stock:locations', {})
  const receiving = useChannel(
    'catalog:get',
    { id: receivingId ?? '' },
    { enabled: receivingId !== null },
  )
  const active = locations.data ?? []
  const product: ProductDto | null =
    receivingId && receiving.data?.id === receivingId ? receiving.data : null

  const openReceive = (productId: string | null) => {
    setReceivingId(productId)
    setReceiveOpen(true)
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('ledgerNote')}
          </Text>
        </div>
        <Button
          leftSection={<IconPackageImport size={16} aria-hidden />}
          onClick={() => openReceive(null)}
        >
          {t('receive')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')}>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="onHand" pt="md">
          <OnHandPanel locations={active} onReceive={openReceive} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel locations={active} />
        </Tabs.Panel>
        <Tabs.Panel value="transfers" pt="md">
          <TransfersPanel
            locations={active}
            sendTo={sendTo}
            onSendToHandled={() => setSendTo(null)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="exhibitions" pt="md">
          <ExhibitionsPanel
            activeLocations={active}
            onSend={(id) => {
              setSendTo(id)
              setTab('transfers')
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="locations" pt="md">
          <LocationsPanel />
        </Tabs.Panel>
      </Tabs>
      <ReceiveStockModal
        opened={receiveOpen && (receivingId === null || product !== null)}
        product={product}
        onClose={() => {
          setReceiveOpen(false)
          setReceivingId(null)
        }}
      />
    </Stack>
  )
}
