import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLocale, type Locale } from '../../../shared/locale'
import { namespaces, resources } from './resources'

export function setupI18n(locale: Locale = defaultLocale) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'id',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18next
}
