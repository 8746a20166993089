import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CountTotalsDto } from '../../../../shared/opname/opname-dto'

interface Props {
  opened: boolean
  totals: CountTotalsDto
  adjustments: number
  busy: boolean
  error: string | null
  onConfirm: () => void
  onClose: () => void
}

export function PostCountModal({
  opened,
  totals,
  adjustments,
  busy,
  error,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation('opname')
  return (
    <Modal opened={opened} onClose={onClose} title={t('post.title')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('post.body', { count: adjustments })}</Text>
        <Text size="sm" c="dimmed">
          {t('post.units', { short: totals.shortageUnits, over: totals.surplusUnits })}
        </Text>
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('post.back')}
          </Button>
          <Button onClick={onConfirm} loading={busy} data-autofocus>
            {t('post.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
