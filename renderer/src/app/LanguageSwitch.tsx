import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isLocale, type Locale } from '../../../shared/locale'
import { useChannelMutation } from '../api/hooks'

/** Switches the interface language; the choice is stored in the database and survives restarts. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const setLocale = useChannelMutation('settings:setLocale')
  const change = (value: string) => {
    if (!isLocale(value)) return
    void i18n.changeLanguage(value)
    document.documentElement.lang = value
    setLocale.mutate({ locale: value as Locale })
  }
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={change}
      data={[
        { value: 'id', label: 'ID' },
        { value: 'en', label: 'EN' },
      ]}
    />
  )
}
