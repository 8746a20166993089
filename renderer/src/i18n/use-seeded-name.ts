import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { seededWord } from '../../../shared/seeded-names'

/**
 * A location or payment-method name as this window shows it: the app's own names (Galeri,
 * Tunai, …) in the window's language, any name a person gave unchanged.
 */
export function useSeededName(): (name: string) => string {
  const { t, i18n } = useTranslation('common')
  return useCallback(
    (name: string) => {
      const word = seededWord(name)
      return word ? t(`seeded.${word}`) : name
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
    [i18n.language],
  )
}
