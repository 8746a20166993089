import { Group, Title } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { BuyerScreenButton } from '../pembeli/BuyerScreenButton'
import { TillLocationSwitch } from './TillLocationSwitch'

export const TillHeader = memo(function TillHeader({ locationName }: { locationName: string }) {
  const { t } = useTranslation('kasir')
  return (
    <Group justify="space-between" wrap="nowrap">
      <Title order={2} size="h3">
        {t('title')}
      </Title>
      <Group gap="sm" wrap="nowrap">
        <BuyerScreenButton />
        <TillLocationSwitch locationName={locationName} />
      </Group>
    </Group>
  )
})
