import { AppShell, Badge, Group, NavLink, Text, Title } from '@mantine/core'
import {
  IconBuildingStore,
  IconCash,
  IconChartBar,
  IconPackages,
  IconSettings,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../../shared/dto'
import { LanguageSwitch } from './LanguageSwitch'
import { routes, type Route } from './routes'
import { screens } from './screens'
import { useHashRoute } from './use-hash-route'

const icons: Record<Route, typeof IconCash> = {
  kasir: IconCash,
  produk: IconBuildingStore,
  stok: IconPackages,
  laporan: IconChartBar,
  pengaturan: IconSettings,
}

export function AppLayout({ info }: { info: AppInfo }) {
  const { t } = useTranslation()
  const [route, go] = useHashRoute()
  const Screen = screens[route]
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h4">
              {t('appName')}
            </Title>
            <Badge variant="light">{info.deviceCode}</Badge>
          </Group>
          <Group gap="md">
            <Text size="sm">{t('user', { name: info.user.name })}</Text>
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {routes.map((name) => {
          const Icon = icons[name]
          return (
            <NavLink
              key={name}
              href={`#/${name}`}
              label={t(`nav.${name}`)}
              leftSection={<Icon size={18} aria-hidden />}
              active={route === name}
              aria-current={route === name ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault()
                go(name)
              }}
            />
          )
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <Screen />
      </AppShell.Main>
    </AppShell>
  )
}
