import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TillSettings } from '../../../../shared/dto'
import { formatRupiah } from '../../../../shared/money'
import { RupiahInput } from '../produk/RupiahInput'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

/** How much cash a shift may pay out before each paid-out needs a supervisor (checked in main). */
export function CashPayoutLimitCard({ settings }: { settings: TillSettings }) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const [limit, setLimit] = useState<number>(settings.cashPayoutLimit)
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    setError(null)
    void save(
      'settings:updateTill',
      { cashPayoutLimit: limit },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t('till.payoutLimit.saved', { amount: formatRupiah(saved.cashPayoutLimit) }),
          }),
        onError: (e) => setError(e.fieldErrors().cashPayoutLimit ?? e.message),
      },
    )
  }

  return (
    <SettingsCard id="settings-payout-limit" title={t('till.payoutLimit.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
        noValidate
      >
        <Group align="flex-end" gap="sm">
          <RupiahInput
            label={t('till.payoutLimit.label')}
            description={t('till.payoutLimit.description')}
            value={limit}
            onChange={(value) => setLimit(typeof value === 'number' ? value : 0)}
            min={0}
            allowNegative={false}
            error={error}
            style={{ flex: 1 }}
          />
          <Button type="submit" color="teal.9" loading={pending}>
            {t('till.payoutLimit.save')}
          </Button>
        </Group>
      </form>
      {dialog}
    </SettingsCard>
  )
}
