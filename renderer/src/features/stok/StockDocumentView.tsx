import { Alert, Button, Group, Loader, Modal, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { IconPrinter, IconTags } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'
import type { LabelItem } from '../labels/label-items'
import { formatDay } from './format-date'
import { labelsFor } from './intake-labels'
import { formatQty } from './format-qty'
import { useSavePdf } from './use-save-pdf'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  id: string | null
  /** Right after posting a production intake the view offers its labels. */
  justPosted?: boolean
  onClose: () => void
  onPrintLabels: (items: LabelItem[]) => void
}

export function StockDocumentView({ id, justPosted = false, onClose, onPrintLabels }: Props) {
  const { t } = useTranslation('stok')
  const seeded = useSeededName()
  const doc = useChannel('stock:document', { id: id ?? '' }, { enabled: id !== null })
  const pdf = useSavePdf('stock:documentPdf')
  const d = doc.data
  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      size={820}
      title={
        d ? t('documents.view.title', { kind: t(`documents.kinds.${d.kind}`), docNo: d.docNo }) : ''
      }
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {!d ? (
        <Loader />
      ) : (
        <Stack gap="sm">
          {justPosted && d.kind === 'production_in' && (
            <Alert color="teal" variant="light" py={6}>
              {t('documents.view.labelOffer', { docNo: d.docNo })}
            </Alert>
          )}
          <SimpleGrid cols={3} spacing="xs">
            <Fact label={t('documents.number')} value={d.docNo} />
            <Fact label={t('documents.date')} value={formatDay(d.docDate)} />
            <Fact label={t('documents.location')} value={seeded(d.locationName)} />
            {d.workshopName && <Fact label={t('documents.workshop')} value={d.workshopName} />}
            {d.batch && <Fact label={t('documents.form.batch')} value={d.batch} />}
            {d.party && <Fact label={t('documents.form.party')} value={d.party} />}
            <Fact label={t('documents.by')} value={d.userName} />
            {d.note && <Fact label={t('documents.form.note')} value={d.note} />}
          </SimpleGrid>
          <Table aria-label={t('lines.label')} striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lines.product')}</Table.Th>
                <Table.Th ta="right">{t('lines.qty')}</Table.Th>
                {d.totalCost !== null && <Table.Th ta="right">{t('lines.unitCost')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.lineItems.map((l) => (
                <Table.Tr key={l.lineNo}>
                  <Table.Td>
                    {l.name}{' '}
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {l.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatQty(l.qty)} {l.unit}
                  </Table.Td>
                  {d.totalCost !== null && (
                    <Table.Td ta="right">
                      {l.unitCost === null ? '' : formatRupiah(l.unitCost)}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between">
            <Text fw={600}>
              {d.totalCost !== null &&
                `${t('documents.view.totalCost')}: ${formatRupiah(d.totalCost)}`}
            </Text>
            <Group>
              {d.kind === 'production_in' && (
                <Button
                  variant={justPosted ? 'filled' : 'default'}
                  leftSection={<IconTags size={16} aria-hidden />}
                  onClick={() => onPrintLabels(labelsFor(d))}
                  data-autofocus={justPosted || undefined}
                >
                  {t('documents.view.printLabels', {
                    count: labelsFor(d).reduce((sum, l) => sum + l.copies, 0),
                  })}
                </Button>
              )}
              <Button
                variant={justPosted && d.kind === 'production_in' ? 'default' : 'filled'}
                leftSection={<IconPrinter size={16} aria-hidden />}
                loading={pdf.isPending}
                onClick={() => pdf.mutate({ id: d.id })}
              >
                {t('documents.view.print')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}

export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </div>
  )
}
