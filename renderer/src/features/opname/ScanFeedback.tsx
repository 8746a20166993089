import { Group, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconBarcode } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CountEntryResultDto } from '../../../../shared/opname/opname-dto'
import { signed } from './format'

export type Feedback =
  | { kind: 'ok'; result: CountEntryResultDto; seq: number }
  | { kind: 'error'; message: string; seq: number }

/**
 * What the counter looks up to see after each scan: the product in large type and its new
 * count in very large digits, readable from an arm's length while holding the scanner.
 */
export function ScanFeedback({ feedback }: { feedback: Feedback | null }) {
  const { t } = useTranslation('opname')
  const error = feedback?.kind === 'error'
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      role="status"
      aria-live="polite"
      aria-label={t('scan.feedback')}
      bg={error ? 'red.0' : feedback ? 'teal.0' : undefined}
      style={{ borderColor: error ? 'var(--mantine-color-red-6)' : undefined, minHeight: 168 }}
      // Restarts the flash on every scan, even of the same product.
      key={feedback?.seq ?? 0}
    >
      {!feedback && (
        <Group gap="sm" c="dimmed" h={128} justify="center">
          <IconBarcode size={36} aria-hidden />
          <Text size="lg">{t('scan.waiting')}</Text>
        </Group>
      )}
      {feedback?.kind === 'error' && (
        <Group gap="md" wrap="nowrap" h={128}>
          <IconAlertTriangle size={48} color="var(--mantine-color-red-7)" aria-hidden />
          <Text size="xl" fw={700} c="red.9">
            {feedback.message}
          </Text>
        </Group>
      )}
      {feedback?.kind === 'ok' && (
        <Group justify="space-between" wrap="nowrap" gap="lg">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text size="sm" c="dimmed">
              {feedback.result.kind === 'undo' ? t('scan.undone') : t('scan.last')}
            </Text>
            <Text fz={28} fw={700} lh={1.2} lineClamp={2}>
              {feedback.result.product.name}
            </Text>
            <Text size="sm" c="dimmed">
              {[feedback.result.product.sku, feedback.result.product.barcode]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text fw={700} c={feedback.result.qty < 0 ? 'red.8' : 'teal.9'} fz="xl">
              {signed(feedback.result.qty)}
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
            <Text size="sm" c="dimmed">
              {t('scan.counted')}
            </Text>
            <Text fz={84} fw={800} lh={1} c="teal.9" aria-label={t('scan.countedNow')}>
              {feedback.result.counted}
            </Text>
            <Text size="sm" c="dimmed">
              {feedback.result.product.unit}
            </Text>
          </Stack>
        </Group>
      )}
    </Paper>
  )
}
