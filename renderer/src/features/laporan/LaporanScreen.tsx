import { Stack, Tabs, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { HasilKerjaPanel } from './HasilKerjaPanel'
import { businessToday } from '../../components/period/business-day'
import { SalesReportPanel } from './SalesReportPanel'
import { SplitRulesPanel } from './SplitRulesPanel'
import { StockReportPanel } from './StockReportPanel'
import { useReportLocations } from './use-report-locations'

const tabs = ['sales', 'hasilKerja', 'stock', 'rules'] as const
type Tab = (typeof tabs)[number]

export function LaporanScreen() {
  const { t } = useTranslation('laporan')
  const [tab, setTab] = useState<Tab>('sales')
  const today = businessToday()
  const info = useChannel('app:info', {})
  const permissions = info.data?.user?.permissions ?? []
  const locations = useReportLocations()
  return (
    <Stack gap="sm">
      <Title order={1} size="h3">
        {t('title')}
      </Title>
      <Tabs
        value={tab}
        onChange={(value) =>
          setTab((tabs as readonly string[]).includes(value ?? '') ? (value as Tab) : 'sales')
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabs.label')}>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="sales" pt="sm">
          <SalesReportPanel today={today} locations={locations} />
        </Tabs.Panel>
        <Tabs.Panel value="hasilKerja" pt="sm">
          <HasilKerjaPanel
            today={today}
            locations={locations}
            canEdit={permissions.includes('settings.manage')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="stock" pt="sm">
          <StockReportPanel
            today={today}
            locations={locations}
            seesCost={permissions.includes('cost.view')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="sm">
          <SplitRulesPanel today={today} canEdit={permissions.includes('settings.manage')} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
