import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core'
import { IconPackageImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import type { StockDocKind } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { ConsignmentPanel } from '../titip/ConsignmentPanel'
import { LabelPrintDialog } from '../labels/LabelPrintDialog'
import type { LabelItem } from '../labels/label-items'
import { DocumentsPanel } from './DocumentsPanel'
import { ExhibitionsPanel } from './ExhibitionsPanel'
import { LocationsPanel } from './LocationsPanel'
import { HubStockPanel } from '../hub/HubStockPanel'
import { OnHandPanel } from './OnHandPanel'
import { StockDocumentForm } from './StockDocumentForm'
import { StockDocumentView } from './StockDocumentView'
import { TransfersPanel } from './TransfersPanel'

const tabs = [
  'onHand',
  'documents',
  'transfers',
  'exhibitions',
  'consignment',
  'locations',
] as const
type Tab = (typeof tabs)[number] | 'hub'

/** The document form being filled: its kind and, from a Stok row, the product of its first line. */
interface DraftDocument {
  kind: StockDocKind
  productId: string | null
}

export function StokScreen() {
  const { t } = useTranslation('stok')
  const { t: th } = useTranslation('hubview')
  const [tab, setTab] = useState<Tab>('onHand')
  const [sendTo, setSendTo] = useState<string | null>(null)
  const [draft, setDraft] = useState<DraftDocument | null>(null)
  // The document just posted opens at once: its number is the proof of the intake.
  const [viewing, setViewing] = useState<{ id: string; justPosted: boolean } | null>(null)
  const [labels, setLabels] = useState<LabelItem[] | null>(null)
  const locations = useChannel('stock:locations', {})
  const info = useChannel('app:info', {})
  // On a till joined to a hub, one more tab: every location as the hub knows it.
  const hubStock = useChannel('hubview:stock', {})
  // Titip jual is shown to who may use it (main refuses everyone else anyway).
  const shown = tabs.filter(
    (name) =>
      name !== 'consignment' || (info.data?.user?.permissions ?? []).includes('consignment.manage'),
  )
  const draftProductId = draft?.productId ?? null
  const draftProduct = useChannel(
    'catalog:get',
    { id: draftProductId ?? '' },
    { enabled: draftProductId !== null },
  )
  const active = locations.data ?? []
  const product: ProductDto | null =
    draftProductId && draftProduct.data?.id === draftProductId ? draftProduct.data : null

  // Every intake is a numbered document: the Stok buttons open the same form as Dokumen.
  const openIntake = (productId: string | null) => setDraft({ kind: 'production_in', productId })

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
          onClick={() => openIntake(null)}
        >
          {t('receive')}
        </Button>
      </Group>
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')}>
          {shown.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`tabs.${name}`)}
            </Tabs.Tab>
          ))}
          {hubStock.data?.joined && <Tabs.Tab value="hub">{th('tab')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="hub" pt="md">
          <HubStockPanel />
        </Tabs.Panel>
        <Tabs.Panel value="onHand" pt="md">
          <OnHandPanel locations={active} onReceive={openIntake} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel
            onNew={(kind) => setDraft({ kind, productId: null })}
            onOpen={(id) => setViewing({ id, justPosted: false })}
          />
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
        <Tabs.Panel value="consignment" pt="md">
          <ConsignmentPanel locations={active} />
        </Tabs.Panel>
        <Tabs.Panel value="locations" pt="md">
          <LocationsPanel />
        </Tabs.Panel>
      </Tabs>
      <StockDocumentForm
        opened={draft !== null && (draftProductId === null || product !== null)}
        initialKind={draft?.kind ?? 'production_in'}
        initialProduct={product}
        locations={active}
        onClose={() => setDraft(null)}
        onPosted={(doc) => {
          setDraft(null)
          setViewing({ id: doc.id, justPosted: true })
        }}
      />
      <StockDocumentView
        id={viewing?.id ?? null}
        justPosted={viewing?.justPosted ?? false}
        onClose={() => setViewing(null)}
        onPrintLabels={(items) => {
          setViewing(null)
          setLabels(items)
        }}
      />
      <LabelPrintDialog
        opened={labels !== null}
        items={labels ?? []}
        onClose={() => setLabels(null)}
      />
    </Stack>
  )
}
