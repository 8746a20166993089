import { Button, Radio, Stack, Text } from '@mantine/core'
import { IconDatabaseImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isLocale } from '../../../../shared/locale'
import { useChannelMutation } from '../../api/hooks'

/** Step 1: the language, and the way out for a new or repaired PC (restore a backup). */
export function LanguageStep({ onRestore }: { onRestore: () => void }) {
  const { t, i18n } = useTranslation('setup')
  const setLocale = useChannelMutation('settings:setLocale')
  const change = (value: string) => {
    if (!isLocale(value)) return
    void i18n.changeLanguage(value)
    document.documentElement.lang = value
    setLocale.mutate({ locale: value })
  }
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('language.label')}
        description={t('language.hint')}
        value={i18n.language}
        onChange={change}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="id" label="Bahasa Indonesia" />
          <Radio value="en" label="English" />
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      <Button
        variant="light"
        leftSection={<IconDatabaseImport size={16} aria-hidden />}
        onClick={onRestore}
        w="fit-content"
      >
        {t('restore.offer')}
      </Button>
    </Stack>
  )
}
