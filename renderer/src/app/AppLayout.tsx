import { AppShell, Badge, Center, Group, Loader, NavLink, Text, Title } from '@mantine/core'
import {
  IconBuildingStore,
  IconCash,
  IconChartBar,
  IconClipboardCheck,
  IconClockHour4,
  IconHistory,
  IconPackages,
  IconTruckDelivery,
  IconSettings,
  IconShieldCheck,
} from '@tabler/icons-react'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../../shared/app/app-dto'
import type { SessionUser } from '../../../shared/auth/auth-dto'
import { TrainingBanner } from '../features/setup/TrainingBanner'
import { LanguageSwitch } from './LanguageSwitch'
import { LockButton } from './LockButton'
import { routePermissions, routes, type Route } from './routes'
import { screens } from './screens'
import { useHashRoute } from './use-hash-route'

const icons: Record<Route, typeof IconCash> = {
  kasir: IconCash,
  shift: IconClockHour4,
  riwayat: IconHistory,
  produk: IconBuildingStore,
  stok: IconPackages,
  opname: IconClipboardCheck,
  pesanan: IconTruckDelivery,
  laporan: IconChartBar,
  audit: IconShieldCheck,
  pengaturan: IconSettings,
}

const mayOpen = (route: Route, user: SessionUser) => {
  const needed = routePermissions[route]
  return needed === undefined || user.permissions.includes(needed)
}

export function AppLayout({ info, user }: { info: AppInfo; user: SessionUser }) {
  const { t } = useTranslation()
  const [route, go] = useHashRoute()
  const Screen = screens[route]
  const visible = routes.filter((name) => mayOpen(name, user))
  // The practice books say so on every screen, above everything else.
  const bannerHeight = info.training ? 40 : 0
  return (
    <AppShell
      header={{ height: 52 + bannerHeight }}
      navbar={{ width: 200, breakpoint: 0 }}
      padding="md"
    >
      <AppShell.Header>
        {info.training ? <TrainingBanner /> : null}
        <Group h={52} px="md" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h4">
              {t('appName')}
            </Title>
            <Badge variant="filled" color="teal.9">
              {info.deviceCode}
            </Badge>
          </Group>
          <Group gap="md">
            <Text size="sm">{t('user', { name: user.name })}</Text>
            <LanguageSwitch />
            <LockButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        {visible.map((name) => {
          const Icon = icons[name]
          return (
            <NavLink
              key={name}
              href={`#/${name}`}
              label={t(`nav.${name}`)}
              leftSection={<Icon size={18} aria-hidden />}
              active={route === name}
              variant="filled"
              color="teal.9"
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
        <Suspense
          fallback={
            <Center h={200}>
              <Loader role="status" aria-label={t('status.loading')} />
            </Center>
          }
        >
          <Screen />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}
