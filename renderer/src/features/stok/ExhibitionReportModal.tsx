import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { ExhibitionReportTable } from './ExhibitionReportTable'
import { useSavePdf } from './use-save-pdf'

interface Props {
  exhibition: LocationDto | null
  onClose: () => void
}

export function ExhibitionReportModal({ exhibition, onClose }: Props) {
  const { t } = useTranslation('stok')
  const report = useChannel(
    'stock:exhibitionReport',
    { locationId: exhibition?.id ?? '' },
    { enabled: exhibition !== null },
  )
  const pdf = useSavePdf('stock:exhibitionReportPdf')
  return (
    <Modal
      opened={exhibition !== null}
      onClose={onClose}
      size={1100}
      title={exhibition ? t('exhibitions.reportView.title', { name: exhibition.name }) : ''}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {!report.data || !exhibition ? (
        <Loader />
      ) : (
        <Stack gap="sm">
          {report.data.inTransitTransfers > 0 && (
            <Alert color="blue" variant="light" py={6}>
              {t('exhibitions.closeForm.inTransit')}
            </Alert>
          )}
          <ExhibitionReportTable report={report.data} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('exhibitions.reportView.varianceHelp')}
            </Text>
            <Button
              leftSection={<IconPrinter size={16} aria-hidden />}
              loading={pdf.isPending}
              onClick={() => pdf.mutate({ locationId: exhibition.id })}
            >
              {t('exhibitions.reportView.print')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
