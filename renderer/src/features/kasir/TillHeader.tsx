import { Badge, Group, Title } from '@mantine/core'
import { IconMapPin } from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { BuyerScreenButton } from '../pembeli/BuyerScreenButton'

export const TillHeader = memo(function TillHeader({ locationName }: { locationName: string }) {
  const { t } = useTranslation('kasir')
  return (
    <Group justify="space-between" wrap="nowrap">
      <Title order={2} size="h3">
        {t('title')}
      </Title>
      <Group gap="sm" wrap="nowrap">
        <BuyerScreenButton />
        <Badge
          size="xl"
          radius="sm"
          variant="outline"
          color="dark.6"
          leftSection={<IconMapPin size={18} aria-hidden />}
          styles={{ label: { textTransform: 'none', fontSize: 16 } }}
        >
          {t('location', { name: locationName })}
        </Badge>
      </Group>
    </Group>
  )
})
