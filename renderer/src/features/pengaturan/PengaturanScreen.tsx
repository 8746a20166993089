import { Alert, Stack, Tabs, Title } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Permission } from '../../../../shared/permissions'
import { useChannel } from '../../api/hooks'
import { AboutSection } from './AboutSection'
import { DataSection } from './data/DataSection'
import { LanguageSection } from './LanguageSection'
import { PaymentMethodsSection } from './PaymentMethodsSection'
import { PermissionsSection } from './PermissionsSection'
import { PrinterSection } from './printer/PrinterSection'
import { SyncSection } from './sync/SyncSection'
import { TillSection } from './TillSection'
import { UsersSection } from './UsersSection'

interface SettingsTab {
  value: string
  label: string
  /** Without it the tab is hidden: its data cannot even be read. */
  needs?: Permission
  /** Without it the tab is shown, but every change asks for a supervisor's approval. */
  changeNeeds?: Permission
  content: ReactNode
}

export function PengaturanScreen() {
  const { t } = useTranslation('pengaturan')
  const info = useChannel('app:info', {})
  const granted = new Set(info.data?.user?.permissions ?? [])
  const [active, setActive] = useState<string | null>('general')

  const tabs: SettingsTab[] = [
    {
      value: 'general',
      label: t('tabs.general'),
      content: (
        <Stack gap="md" maw={760}>
          <LanguageSection />
          <AboutSection />
        </Stack>
      ),
    },
    { value: 'users', label: t('tabs.users'), needs: 'users.manage', content: <UsersSection /> },
    {
      value: 'permissions',
      label: t('tabs.permissions'),
      needs: 'users.manage',
      content: <PermissionsSection />,
    },
    {
      value: 'till',
      label: t('tabs.till'),
      changeNeeds: 'settings.manage',
      content: <TillSection />,
    },
    {
      value: 'payments',
      label: t('tabs.payments'),
      changeNeeds: 'settings.manage',
      content: <PaymentMethodsSection />,
    },
    {
      value: 'printers',
      label: t('settings.tab', { ns: 'printing' }),
      // Detecting ports and saving need settings.manage; a cashier asks a supervisor.
      needs: 'settings.manage',
      content: <PrinterSection />,
    },
    {
      value: 'data',
      label: t('tab', { ns: 'data' }),
      needs: 'settings.manage',
      content: <DataSection />,
    },
    {
      value: 'sync',
      label: t('tab', { ns: 'sync' }),
      needs: 'settings.manage',
      content: <SyncSection />,
    },
  ]
  const visible = tabs.filter((tab) => !tab.needs || granted.has(tab.needs))
  const current = visible.some((tab) => tab.value === active) ? active : 'general'

  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      {/* Unmounted when hidden: a tab reads its data only when it is opened. */}
      <Tabs value={current} onChange={setActive} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')}>
          {visible.map((tab) => (
            <Tabs.Tab key={tab.value} value={tab.value}>
              {tab.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((tab) => (
          <Tabs.Panel key={tab.value} value={tab.value} pt="md">
            <Stack gap="md" maw={1100}>
              {tab.changeNeeds && !granted.has(tab.changeNeeds) ? (
                <Alert color="yellow" variant="light">
                  {t('needsApproval')}
                </Alert>
              ) : null}
              {tab.content}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  )
}
