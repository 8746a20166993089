import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CountDocumentDto } from '../../../../shared/opname/opname-dto'
import { useChannelMutation } from '../../api/hooks'

export function DraftPanel({ doc }: { doc: CountDocumentDto }) {
  const { t } = useTranslation('opname')
  const start = useChannelMutation('opname:start')
  return (
    <Stack gap="sm" maw={720} mt="md">
      <Alert icon={<IconInfoCircle aria-hidden />} color="blue" title={t('draft.title')}>
        {t('draft.body')}
      </Alert>
      {start.error && (
        <Text c="red" role="alert">
          {start.error.message}
        </Text>
      )}
      <Group>
        <Button
          size="md"
          leftSection={<IconPlayerPlay size={18} aria-hidden />}
          loading={start.isPending}
          onClick={() => start.mutate({ id: doc.id })}
        >
          {t('draft.start')}
        </Button>
      </Group>
    </Stack>
  )
}
