import { Alert, Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PrintZ } from './use-print-z'

/**
 * A failed Z print stays on screen in red with the printer's own message and a Retry: the
 * treasurer needs the paper, and a toast would vanish before the cashier fixed the printer.
 */
export function PrintZError({ printZ }: { printZ: PrintZ }) {
  const { t } = useTranslation('shift')
  if (!printZ.error) return null
  return (
    <Alert color="red" role="alert" title={t('z.printFailed')} py="xs">
      <Group gap="md" wrap="nowrap" justify="space-between">
        <Text size="sm">{printZ.error.message}</Text>
        <Button size="xs" color="red.9" onClick={printZ.print} style={{ flexShrink: 0 }}>
          {t('z.retry')}
        </Button>
      </Group>
    </Alert>
  )
}
