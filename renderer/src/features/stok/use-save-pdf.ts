import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { FilePayload } from '../../../../shared/documents/file-payload'
import type { InputOf } from '../../../../shared/contract'
import { call, type ApiError } from '../../api/client'
import { saveFile } from '../../components/files/save-file'

type PdfChannel = 'stock:documentPdf' | 'stock:transferPdf' | 'stock:exhibitionReportPdf'

/** Makes a printable PDF in main and hands it to the user; reads only, so no refetch. */
export function useSavePdf<C extends PdfChannel>(channel: C) {
  const { t } = useTranslation('stok')
  const mutation = useMutation<FilePayload, ApiError, InputOf<C>>({
    mutationFn: (input) => call(channel, input) as Promise<FilePayload>,
    onSuccess: (file) => {
      saveFile(file)
      notifications.show({ color: 'teal', message: t('print.saved', { filename: file.filename }) })
    },
    onError: (error) => notifications.show({ color: 'red', message: error.message }),
  })
  return mutation
}
