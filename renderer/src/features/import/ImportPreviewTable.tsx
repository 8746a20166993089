import { ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportRowDto } from '../../../../shared/import/import-dto'
import { formatRupiah } from '../../../../shared/money'

const money = (n: number | null) => (n === null ? '—' : formatRupiah(n))
const units = new Intl.NumberFormat('id-ID')
const nowrap = { whiteSpace: 'nowrap' } as const

export function ImportPreviewTable({ rows }: { rows: ImportRowDto[] }) {
  const { t } = useTranslation('import')
  return (
    <ScrollArea.Autosize mah={300} type="auto">
      <Table stickyHeader verticalSpacing={4} fz="sm" aria-label={t('table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('table.row')}</Table.Th>
            <Table.Th>{t('fields.name')}</Table.Th>
            <Table.Th>{t('fields.sku')}</Table.Th>
            <Table.Th>{t('fields.barcode')}</Table.Th>
            <Table.Th>{t('fields.category')}</Table.Th>
            <Table.Th ta="right">{t('fields.price')}</Table.Th>
            <Table.Th ta="right">{t('fields.cost')}</Table.Th>
            <Table.Th ta="right" style={nowrap}>
              {t('fields.stock')}
            </Table.Th>
            <Table.Th w={280}>{t('table.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const bad = row.errors.length > 0
            return (
              <Table.Tr key={row.row} bg={bad ? 'red.0' : undefined}>
                <Table.Td ta="right">{row.row}</Table.Td>
                <Table.Td>{row.values.name || '—'}</Table.Td>
                <Table.Td>{row.values.sku || '—'}</Table.Td>
                <Table.Td>{row.values.barcode ?? '—'}</Table.Td>
                <Table.Td>{row.values.category ?? '—'}</Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {money(row.values.price)}
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {money(row.values.cost)}
                </Table.Td>
                <Table.Td ta="right">
                  {row.values.stock === null ? '—' : units.format(row.values.stock)}
                </Table.Td>
                <Table.Td>
                  {bad ? (
                    <Stack gap={2}>
                      {row.errors.map((e, i) => (
                        <Text key={i} size="xs" c="red.9">
                          {e.field ? `${t(`fields.${e.field}`)}: ` : ''}
                          {e.message}
                        </Text>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="xs" c="teal.9">
                      {t('table.ok')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
