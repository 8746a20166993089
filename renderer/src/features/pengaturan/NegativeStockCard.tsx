import { Switch } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TillSettings } from '../../../../shared/till/till-dto'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

export function NegativeStockCard({ settings }: { settings: TillSettings }) {
  const { t } = useTranslation('pengaturan')
  const { save, dialog } = useGuardedSave()
  const [choice, setChoice] = useState<boolean | null>(null)
  const [error, setError] = useState<string | null>(null)

  const change = (allowNegativeStock: boolean) => {
    setChoice(allowNegativeStock)
    setError(null)
    void save(
      'settings:updateTill',
      { allowNegativeStock },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t(allowNegativeStock ? 'till.negativeStock.on' : 'till.negativeStock.off'),
          }),
        onError: (e) => setError(e.message),
      },
    ).finally(() => setChoice(null))
  }

  return (
    <SettingsCard id="settings-negative-stock" title={t('till.negativeStock.title')}>
      <Switch
        label={t('till.negativeStock.label')}
        description={t('till.negativeStock.description')}
        checked={choice ?? settings.allowNegativeStock}
        onChange={(event) => change(event.currentTarget.checked)}
        error={error}
      />
      {dialog}
    </SettingsCard>
  )
}
