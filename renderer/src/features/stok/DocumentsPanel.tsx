import { Button, Group, Select, Stack, Table, Text } from '@mantine/core'
import { IconFilePlus, IconPackageImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stockDocKinds } from '../../../../shared/stock/movement-reasons'
import type { StockDocKind } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { formatDay } from './format-date'
import { formatQty } from './format-qty'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  /** Opens the document form (owned by the Stok screen, which also offers labels after it). */
  onNew: (kind: StockDocKind) => void
  onOpen: (id: string) => void
}

export function DocumentsPanel({ onNew, onOpen }: Props) {
  const { t } = useTranslation('stok')
  const seeded = useSeededName()
  const [kind, setKind] = useState<StockDocKind | null>(null)
  const list = useChannel('stock:documents', { ...(kind ? { kind } : {}), limit: 200 })

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('documents.kindFilter')}
          data={[
            { value: '', label: t('documents.allKinds') },
            ...stockDocKinds.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) })),
          ]}
          value={kind ?? ''}
          onChange={(v) => setKind(v ? (v as StockDocKind) : null)}
          allowDeselect={false}
          w={260}
        />
        <Group>
          <Button
            variant="default"
            leftSection={<IconFilePlus size={16} aria-hidden />}
            onClick={() => onNew('damaged')}
          >
            {t('documents.newOther')}
          </Button>
          <Button
            leftSection={<IconPackageImport size={16} aria-hidden />}
            onClick={() => onNew('production_in')}
          >
            {t('documents.newIntake')}
          </Button>
        </Group>
      </Group>
      {list.error && (
        <Text c="red" role="alert">
          {list.error.message}
        </Text>
      )}
      {list.data && list.data.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('documents.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label={t('documents.listLabel')} striped highlightOnHover verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.number')}</Table.Th>
                <Table.Th>{t('documents.date')}</Table.Th>
                <Table.Th>{t('documents.kind')}</Table.Th>
                <Table.Th>{t('documents.location')}</Table.Th>
                <Table.Th>{t('documents.workshop')}</Table.Th>
                <Table.Th ta="right">{t('documents.units')}</Table.Th>
                <Table.Th>{t('documents.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      ff="monospace"
                      aria-label={t('documents.open', { docNo: d.docNo })}
                      onClick={() => onOpen(d.id)}
                    >
                      {d.docNo}
                    </Button>
                  </Table.Td>
                  <Table.Td>{formatDay(d.docDate)}</Table.Td>
                  <Table.Td>{t(`documents.kinds.${d.kind}`)}</Table.Td>
                  <Table.Td>{seeded(d.locationName)}</Table.Td>
                  <Table.Td>{d.workshopName ?? t('table.none')}</Table.Td>
                  <Table.Td ta="right">{formatQty(d.units)}</Table.Td>
                  <Table.Td>{d.userName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
