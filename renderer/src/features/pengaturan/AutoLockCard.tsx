import { NumberInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../../../shared/app/app-dto'
import { NumberSettingCard } from './NumberSettingCard'

/** Minutes without input before the till locks itself; 0 turns it off. */
export function AutoLockCard({ info }: { info: AppInfo }) {
  const { t } = useTranslation('pengaturan')
  return (
    <NumberSettingCard
      id="settings-autolock"
      title={t('autoLock.title')}
      saveLabel={t('autoLock.save')}
      initial={info.autoLockMinutes}
      channel="settings:setAutoLock"
      input={(minutes) => ({ minutes })}
      errorField="minutes"
      savedMessage={(saved) =>
        saved.minutes === 0 ? t('autoLock.off') : t('autoLock.saved', { minutes: saved.minutes })
      }
    >
      {(field) => (
        <NumberInput
          label={t('autoLock.label')}
          description={t('autoLock.description')}
          {...field}
          min={0}
          max={240}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          style={{ flex: 1 }}
        />
      )}
    </NumberSettingCard>
  )
}
