import { Alert, Button, Group, Loader, Text } from '@mantine/core'
import { IconAlertTriangle, IconPrinter, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReceiptPrintState } from './use-receipt-print'

interface Props {
  state: ReceiptPrintState
  onRetry(): void
}

/** What became of the print: under way, printed where, or failed with the reason and Retry. */
export function ReceiptPrintStatus({ state, onRetry }: Props) {
  const { t } = useTranslation('printing')
  if (state.status === 'idle') return null
  if (state.status === 'printing') {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('receipt.printing')}</Text>
      </Group>
    )
  }
  if (state.status === 'done') {
    const { result } = state
    const message = t(result.copyNo > 0 ? 'receipt.printedCopy' : 'receipt.printed', {
      receiptNo: result.receiptNo,
      target: result.target,
    })
    return (
      <Alert color="teal" role="status" py="xs" icon={<IconPrinter size={18} aria-hidden />}>
        {message}
        {result.drawerOpened ? ` ${t('receipt.drawerOpened')}` : ''}
      </Alert>
    )
  }
  if (state.error.code === 'PRINTER_NOT_CONFIGURED') {
    return (
      <Alert color="yellow" role="status" py="xs">
        {state.error.message}
      </Alert>
    )
  }
  return (
    <Alert
      color="red"
      role="alert"
      title={t('receipt.failedTitle')}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      py="xs"
    >
      <Text size="sm">{state.error.message}</Text>
      <Group gap="sm" mt={6} wrap="nowrap" justify="space-between">
        <Text size="sm" c="gray.8">
          {t('receipt.failedNote')}
        </Text>
        <Button
          size="compact-md"
          color="red.8"
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={onRetry}
          style={{ flexShrink: 0 }}
        >
          {t('receipt.retry')}
        </Button>
      </Group>
    </Alert>
  )
}
