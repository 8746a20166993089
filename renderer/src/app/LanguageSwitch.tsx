import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import { isLocale } from '../../../shared/locale'
import { setWindowLocale } from '../i18n/window-locale'

/**
 * Switches the language of this window only (kept through a reload): another tab, or the
 * till's default language set in Pengaturan, is not touched.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const change = (value: string) => {
    if (!isLocale(value)) return
    setWindowLocale(value)
    void i18n.changeLanguage(value)
    document.documentElement.lang = value
    // Server-made texts (messages, seeded names) are fetched again in the new language.
    void client.invalidateQueries()
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
