import { Center, Loader, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../api/hooks'
import { ChangePinScreen } from '../features/login/ChangePinScreen'
import { LoginScreen } from '../features/login/LoginScreen'
import { SetupWizard } from '../features/setup/SetupWizard'
import { RecoveryScreen } from '../features/pengaturan/data/RecoveryScreen'
import { AppLayout } from './AppLayout'
import { StartCheckBanner } from '../features/start-check/StartCheckBanner'
import { useIdleLock } from './use-idle-lock'
import { useLandOnTillForNewPerson } from './use-land-on-till'

export function App() {
  const { i18n } = useTranslation()
  const client = useQueryClient()
  const info = useChannel('app:info', {})
  const locale = info.data?.locale
  // Set once main says the till is not set up; the wizard stays on screen after main's part
  // (steps 1–4) is done, for the printer, backup and catalogue steps.
  const [inWizard, setInWizard] = useState(false)
  const setupRequired = info.data?.setupRequired === true
  useEffect(() => {
    if (setupRequired) setInWizard(true)
  }, [setupRequired])
  const refresh = useCallback(() => void client.invalidateQueries(), [client])
  useIdleLock(info.data?.user ? (info.data.autoLockMinutes ?? 0) : 0, refresh)
  // app:info answers in this window's language when it chose one, else the till's default.
  useEffect(() => {
    if (locale && i18n.language !== locale) void i18n.changeLanguage(locale)
    if (locale) document.documentElement.lang = locale
  }, [locale, i18n])
  useLandOnTillForNewPerson(info.data?.user?.id ?? null)

  // The database failed its start-up check: main answers only backups and restore.
  if (info.error?.code === 'RECOVERY_MODE') return <RecoveryScreen />
  if (info.error) {
    return (
      <Center h="100vh">
        <Text c="red" role="alert">
          {info.error.message}
        </Text>
      </Center>
    )
  }
  if (!info.data) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label="…" />
      </Center>
    )
  }
  if (setupRequired || (inWizard && info.data.user)) {
    return <SetupWizard onFinish={() => setInWizard(false)} />
  }
  return (
    <>
      <StartCheckBanner />
      {!info.data.user ? (
        <LoginScreen />
      ) : info.data.user.pinChangeRequired ? (
        <ChangePinScreen user={info.data.user} />
      ) : (
        <AppLayout info={info.data} user={info.data.user} />
      )}
    </>
  )
}
