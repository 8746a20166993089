import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconKey } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface Props {
  onSetPin: () => void
}

/** The signed-in user has no PIN: until they set one, nothing protects this till. */
export function SetupPinNotice({ onSetPin }: Props) {
  const { t } = useTranslation('pengaturan')
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      // Orange text on the light orange fill is too faint to read; the icon carries the colour.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      title={t('users.setup.ownTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('users.setup.ownBody')}</Text>
        <Group>
          <Button color="teal.9" leftSection={<IconKey size={16} aria-hidden />} onClick={onSetPin}>
            {t('users.setup.action')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  )
}
