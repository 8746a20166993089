import { useTranslation } from 'react-i18next'
import type { TillSettings } from '../../../../shared/till/till-dto'
import { formatRupiah } from '../../../../shared/money'
import { RupiahInput } from '../produk/RupiahInput'
import { NumberSettingCard } from './NumberSettingCard'

/** How much cash a shift may pay out before each paid-out needs a supervisor (checked in main). */
export function CashPayoutLimitCard({ settings }: { settings: TillSettings }) {
  const { t } = useTranslation('pengaturan')
  return (
    <NumberSettingCard
      id="settings-payout-limit"
      title={t('till.payoutLimit.title')}
      saveLabel={t('till.payoutLimit.save')}
      initial={settings.cashPayoutLimit}
      channel="settings:updateTill"
      input={(cashPayoutLimit) => ({ cashPayoutLimit })}
      errorField="cashPayoutLimit"
      savedMessage={(saved) =>
        t('till.payoutLimit.saved', { amount: formatRupiah(saved.cashPayoutLimit) })
      }
    >
      {(field) => (
        <RupiahInput
          label={t('till.payoutLimit.label')}
          description={t('till.payoutLimit.description')}
          {...field}
          min={0}
          allowNegative={false}
          style={{ flex: 1 }}
        />
      )}
    </NumberSettingCard>
  )
}
