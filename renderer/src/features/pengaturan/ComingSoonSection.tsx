import { List, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

// What the settings still lack; each entry leaves when its tab arrives.
const upcoming = ['printers', 'backups'] as const

export function ComingSoonSection() {
  const { t } = useTranslation('pengaturan')
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-soon">
      <Stack gap="xs">
        <Title order={3} size="h4" id="settings-soon">
          {t('comingSoon.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('comingSoon.description')}
        </Text>
        <List size="sm" c="dimmed">
          {upcoming.map((key) => (
            <List.Item key={key}>{t(`comingSoon.${key}`)}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  )
}
