import { Stack, Tabs, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BuyersPanel } from './BuyersPanel'
import { OrderDetail } from './OrderDetail'
import { OrdersPanel } from './OrdersPanel'
import { ProductionPanel } from './ProductionPanel'

const tabs = ['orders', 'buyers', 'production'] as const
type Tab = (typeof tabs)[number]

/** Orders beyond the counter: the list, one order's page, buyers and production requests. */
export function PesananScreen() {
  const { t } = useTranslation('pesanan')
  const [tab, setTab] = useState<Tab>('orders')
  const [orderId, setOrderId] = useState<string | null>(null)
  return (
    <Stack gap="sm">
      <div>
        <Title order={2}>{t('title')}</Title>
        <Text size="sm" c="gray.7">
          {t('subtitle')}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(v) => {
          if (!v) return
          setTab(v as Tab)
          setOrderId(null)
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('title')}>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="orders" pt="md">
          {orderId ? (
            <OrderDetail id={orderId} onBack={() => setOrderId(null)} />
          ) : (
            <OrdersPanel onOpen={setOrderId} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="buyers" pt="md">
          <BuyersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="production" pt="md">
          <ProductionPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
