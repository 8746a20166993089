import { Center, Loader, Text } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../api/hooks'
import { DemoOffer } from '../features/onboarding/DemoOffer'
import { AppLayout } from './AppLayout'

export function App() {
  const { i18n } = useTranslation()
  const info = useChannel('app:info', {})
  const locale = info.data?.locale
  useEffect(() => {
    if (locale && i18n.language !== locale) void i18n.changeLanguage(locale)
    if (locale) document.documentElement.lang = locale
  }, [locale, i18n])

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
        <Loader aria-label="…" />
      </Center>
    )
  }
  return (
    <>
      <AppLayout info={info.data} />
      <DemoOffer opened={info.data.offerDemo} />
    </>
  )
}
