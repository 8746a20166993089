import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'

/** "Simpan PDF": the Z report as a PDF, chain anchor included, for the file or an inspector. */
export function ZPdfButton({ shiftId }: { shiftId: string }) {
  const { t } = useTranslation('shift')
  const pdf = useChannelMutation('shifts:zPdf')
  return (
    <Button
      variant="default"
      leftSection={<IconFileTypePdf size={18} aria-hidden />}
      loading={pdf.isPending}
      onClick={() =>
        pdf.mutate(
          { shiftId },
          {
            onSuccess: saveFile,
            onError: (error) =>
              notifications.show({
                color: 'red',
                message: t('z.pdfFailed', { message: error.message }),
              }),
          },
        )
      }
      style={{ flexShrink: 0 }}
    >
      {t('z.pdf')}
    </Button>
  )
}
