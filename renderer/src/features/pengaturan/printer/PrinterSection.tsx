import { Alert, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../../api/hooks'
import { PrinterSettingsForm } from './PrinterSettingsForm'

/** Pengaturan › Printer: the receipt printer, its paper and content, test page and status. */
export function PrinterSection() {
  const { t } = useTranslation('printing')
  const settings = useChannel('print:settings', {}, { refetchOnWindowFocus: false })
  // Looking for devices and queues runs commands; once per visit, again on request.
  const detect = useChannel(
    'print:detect',
    {},
    { retry: false, staleTime: Infinity, refetchOnWindowFocus: false },
  )
  if (settings.error) {
    return (
      <Alert color="red" role="alert">
        {settings.error.message}
      </Alert>
    )
  }
  if (!settings.data) return <Loader size="sm" role="status" aria-label={t('settings.loading')} />
  // The form keeps its own edits: it mounts once the saved settings are known.
  return (
    <PrinterSettingsForm
      settings={settings.data}
      detection={detect.data}
      detectionError={detect.error}
      detecting={detect.isFetching}
      onDetect={() => void detect.refetch()}
    />
  )
}
