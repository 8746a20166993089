import { Select } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CatalogOptions } from '../../../../shared/catalogue/catalogue-dto'
import type { TillSettings } from '../../../../shared/till/till-dto'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'
import { useSeededName } from '../../i18n/use-seeded-name'

const kinds = ['showroom', 'storeroom', 'event'] as const

interface Props {
  settings: TillSettings
  locations: CatalogOptions['locations']
}

export function SellingLocationCard({ settings, locations }: Props) {
  const { t } = useTranslation('pengaturan')
  const seeded = useSeededName()
  const { save, dialog } = useGuardedSave()
  const [choice, setChoice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const data = kinds
    .map((kind) => ({
      group: t(`till.location.kinds.${kind}`),
      items: locations
        .filter((l) => l.kind === kind)
        .map((l) => ({ value: l.id, label: seeded(l.name) })),
    }))
    .filter((g) => g.items.length > 0)

  const change = (locationId: string | null) => {
    if (!locationId || locationId === settings.locationId) return
    setChoice(locationId)
    setError(null)
    void save(
      'till:setLocation',
      { locationId },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t('till.location.changed', { name: seeded(saved.locationName) }),
          }),
        onError: (e) => setError(e.message),
      },
    ).finally(() => setChoice(null))
  }

  return (
    <SettingsCard id="settings-location" title={t('till.location.title')}>
      <Select
        label={t('till.location.label')}
        description={t('till.location.description')}
        data={data}
        value={choice ?? settings.locationId}
        onChange={change}
        allowDeselect={false}
        error={error}
      />
      {dialog}
    </SettingsCard>
  )
}
