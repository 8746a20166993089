import { Alert } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** The till's one message line: an unknown barcode, a search with no match, a refused action. */
export function TillMessage({ message, onClose }: { message: string; onClose?: () => void }) {
  const { t } = useTranslation('kasir')
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      withCloseButton={onClose !== undefined}
      closeButtonLabel={t('receipt.close')}
      onClose={onClose}
      py="xs"
      styles={{ message: { color: 'var(--mantine-color-red-9)', fontWeight: 600, fontSize: 15 } }}
    >
      {message}
    </Alert>
  )
}
