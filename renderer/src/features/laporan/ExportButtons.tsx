import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InputOf } from '../../../../shared/contract'
import { useChannelMutation } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'

type ExportInput = InputOf<'reports:export'>
type Format = ExportInput['format']
/** Omit applied to each member of the union, so `report` still discriminates. */
type WithoutFormat<T> = T extends unknown ? Omit<T, 'format'> : never

interface Props {
  /** The report and its filters, without the format. */
  request: WithoutFormat<ExportInput> | null
  formats?: Format[]
}

const icons = { xlsx: IconFileSpreadsheet, csv: IconFileText, pdf: IconFileTypePdf }

export function ExportButtons({ request, formats = ['xlsx', 'csv', 'pdf'] }: Props) {
  const { t } = useTranslation('laporan')
  const exporter = useChannelMutation('reports:export')
  const [busy, setBusy] = useState<Format | null>(null)
  const run = async (format: Format) => {
    if (!request) return
    setBusy(format)
    try {
      const file = await exporter.mutateAsync({ ...request, format } as ExportInput)
      saveFile(file)
      notifications.show({ message: t('export.done', { name: file.filename }), color: 'teal' })
    } catch (error) {
      notifications.show({ message: (error as Error).message, color: 'red' })
    } finally {
      setBusy(null)
    }
  }
  return (
    <Group gap="xs" role="group" aria-label={t('export.label')}>
      {formats.map((format) => {
        const Icon = icons[format]
        return (
          <Button
            key={format}
            variant="default"
            leftSection={<Icon size={16} aria-hidden />}
            onClick={() => void run(format)}
            loading={busy === format}
            disabled={!request || (busy !== null && busy !== format)}
          >
            {t(`export.${format}`)}
          </Button>
        )
      })}
    </Group>
  )
}
