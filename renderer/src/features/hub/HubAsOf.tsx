import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatBackupDate } from '../pengaturan/data/format-data'

/** "As of the last sync": figures read across tills are only as fresh as that. */
export function HubAsOf({ at }: { at: number | null }) {
  const { t, i18n } = useTranslation('hubview')
  return (
    <Text size="sm" c="dimmed" data-testid="hub-as-of">
      {at === null
        ? t('neverSynced')
        : t('asOf', {
            at: formatBackupDate(new Date(at).toISOString(), i18n.language),
            zone: t('timeZone'),
          })}
    </Text>
  )
}
