import { Button, Stack, Text } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../../api/hooks'
import { saveFile } from '../../../components/files/save-file'

/**
 * "Simpan PDF untuk dicetak": the recovery code the admin is looking at, on one A4 page for the
 * safe. Main puts only the code of the key in use on paper, so this is no new showing.
 */
export function RecoveryPdfButton({ code }: { code: string }) {
  const { t } = useTranslation('data')
  const pdf = useChannelMutation('evidence:recoveryPdf')
  const [saved, setSaved] = useState<string | null>(null)
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={18} aria-hidden />}
        loading={pdf.isPending}
        onClick={() =>
          pdf.mutate(
            { code },
            {
              onSuccess: (file) => {
                saveFile(file)
                setSaved(file.filename)
              },
            },
          )
        }
      >
        {t('evidence.savePdf')}
      </Button>
      {pdf.error ? (
        <Text size="sm" c="red" role="alert">
          {t('evidence.pdfFailed', { message: pdf.error.message })}
        </Text>
      ) : saved ? (
        <Text size="sm" role="status">
          {t('evidence.pdfSaved', { file: saved })}
        </Text>
      ) : null}
    </Stack>
  )
}
