import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { CountDocumentDto, CountLineDto } from '../../../../shared/opname/opname-dto'
import { signed } from './format'
import { ReasonInput } from './ReasonInput'

interface Props {
  doc: CountDocumentDto
  lines: CountLineDto[]
  editable: boolean
  onConfirmZero: (productId: string) => void
}

const varianceColor = (v: number | null) =>
  v === null || v === 0 ? undefined : v < 0 ? 'red.8' : 'blue.8'

export function ReviewLinesTable({ doc, lines, editable, onConfirmZero }: Props) {
  const { t } = useTranslation('opname')
  return (
    <Table verticalSpacing={6} highlightOnHover aria-label={t('lines.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lines.product')}</Table.Th>
          <Table.Th ta="right">{t('lines.expected')}</Table.Th>
          <Table.Th ta="right">{t('lines.counted')}</Table.Th>
          <Table.Th ta="right">{t('lines.variance')}</Table.Th>
          {doc.canSeeCost && <Table.Th ta="right">{t('lines.value')}</Table.Th>}
          <Table.Th w={300}>{t('lines.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.productId}>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {line.name}
                </Text>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    {line.sku}
                  </Text>
                  {line.movedWhileCounting && (
                    <Tooltip label={t('lines.movedWhileCountingHint')} multiline w={280}>
                      <Badge size="xs" color="orange" variant="light">
                        {t('lines.movedWhileCounting')}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Stack>
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm">{line.expected}</Text>
              {line.movedSinceSnapshot ? (
                <Text size="xs" c="dimmed">
                  {t('lines.expectedDetail', {
                    snapshot: line.snapshot,
                    moved: signed(line.movedSinceSnapshot),
                  })}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td ta="right">
              {line.counted === null ? (
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <Badge color="orange" variant="light">
                    {t('lines.uncounted')}
                  </Badge>
                  {editable && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="orange"
                      onClick={() => onConfirmZero(line.productId)}
                      aria-label={t('lines.confirmZeroFor', { name: line.name })}
                    >
                      {t('lines.confirmZero')}
                    </Button>
                  )}
                </Group>
              ) : (
                <Text size="sm" fw={600}>
                  {line.counted}
                  {line.confirmedZero ? ` (${t('lines.zeroConfirmed')})` : ''}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" fw={700} c={varianceColor(line.variance)}>
                {line.variance === null ? '—' : signed(line.variance)}
              </Text>
            </Table.Td>
            {doc.canSeeCost && (
              <Table.Td ta="right">
                <Text size="sm" c={varianceColor(line.variance)}>
                  {line.varianceValue ? formatRupiah(line.varianceValue) : '—'}
                </Text>
              </Table.Td>
            )}
            <Table.Td>
              {editable && line.variance ? (
                <ReasonInput
                  countId={doc.id}
                  productId={line.productId}
                  name={line.name}
                  reason={line.reason}
                  required={line.reasonRequired}
                />
              ) : (
                <Text size="sm">{line.reason ?? ''}</Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
