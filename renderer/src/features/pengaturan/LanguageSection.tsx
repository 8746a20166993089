import { Group, Paper, Radio, Stack, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { isLocale, locales } from '../../../../shared/locale'
import { useChannelMutation } from '../../api/hooks'
import { setWindowLocale } from '../../i18n/window-locale'

export function LanguageSection() {
  const { t, i18n } = useTranslation('pengaturan')
  const setLocale = useChannelMutation('settings:setLocale')

  const change = (value: string) => {
    if (!isLocale(value) || value === i18n.language) return
    // Switch this window at once; the stored choice is the till's default for new windows.
    setWindowLocale(value)
    void i18n.changeLanguage(value)
    document.documentElement.lang = value
    setLocale.mutate(
      { locale: value },
      {
        onSuccess: () => notifications.show({ message: t('language.changed', { lng: value }) }),
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    )
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-language">
      <Stack gap="sm">
        <Title order={3} size="h4" id="settings-language">
          {t('language.title')}
        </Title>
        <Radio.Group
          label={t('language.label')}
          description={t('language.description')}
          value={i18n.language}
          onChange={change}
        >
          <Group mt="xs" gap="xl">
            {locales.map((locale) => (
              <Radio key={locale} value={locale} label={t(`language.${locale}`)} />
            ))}
          </Group>
        </Radio.Group>
      </Stack>
    </Paper>
  )
}
