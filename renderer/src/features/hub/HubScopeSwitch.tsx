import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export type HubScope = 'till' | 'hub'

/** "This till" or "All tills (hub)": shown only on a till joined to a hub. */
export function HubScopeSwitch({
  value,
  onChange,
}: {
  value: HubScope
  onChange: (scope: HubScope) => void
}) {
  const { t } = useTranslation('hubview')
  return (
    <SegmentedControl
      aria-label={t('scopeLabel')}
      size="xs"
      value={value}
      onChange={(next) => onChange(next as HubScope)}
      data={[
        { value: 'till', label: t('scopeThisTill') },
        { value: 'hub', label: t('scopeHub') },
      ]}
      maw={360}
    />
  )
}
