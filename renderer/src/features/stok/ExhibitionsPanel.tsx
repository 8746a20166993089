import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core'
import { IconCalendarPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { CloseExhibitionModal } from './CloseExhibitionModal'
import { ExhibitionForm } from './ExhibitionForm'
import { ExhibitionReportModal } from './ExhibitionReportModal'
import { formatDay } from './format-date'

interface Props {
  activeLocations: LocationDto[]
  onSend: (exhibitionId: string) => void
}

export function ExhibitionsPanel({ activeLocations, onSend }: Props) {
  const { t } = useTranslation('stok')
  const all = useChannel('stock:locations', { includeInactive: true })
  const exhibitions = (all.data ?? []).filter((l) => l.kind === 'event')
  const [formOpen, setFormOpen] = useState(false)
  const [editing, setEditing] = useState<LocationDto | null>(null)
  const [closing, setClosing] = useState<LocationDto | null>(null)
  const [reporting, setReporting] = useState<LocationDto | null>(null)

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t('exhibitions.tillHint')}
        </Text>
        <Button
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          onClick={() => {
            setEditing(null)
            setFormOpen(true)
          }}
        >
          {t('exhibitions.new')}
        </Button>
      </Group>
      {all.data && exhibitions.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('exhibitions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('exhibitions.listLabel')} striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exhibitions.name')}</Table.Th>
                <Table.Th>{t('exhibitions.place')}</Table.Th>
                <Table.Th>{t('exhibitions.dates')}</Table.Th>
                <Table.Th>{t('exhibitions.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exhibitions.map((ex) => {
                const open = ex.exhibition?.state === 'open'
                return (
                  <Table.Tr key={ex.id}>
                    <Table.Td fw={500}>{ex.name}</Table.Td>
                    <Table.Td>{ex.exhibition?.place || t('table.none')}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {ex.exhibition &&
                        `${formatDay(ex.exhibition.startsOn)} – ${formatDay(ex.exhibition.endsOn)}`}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={open ? 'teal' : 'gray'} variant="light">
                        {t(`exhibitions.states.${open ? 'open' : 'closed'}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        {open && (
                          <Button
                            size="compact-sm"
                            variant="light"
                            aria-label={t('exhibitions.sendTo', { name: ex.name })}
                            onClick={() => onSend(ex.id)}
                          >
                            {t('exhibitions.send')}
                          </Button>
                        )}
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={t('exhibitions.reportOf', { name: ex.name })}
                          onClick={() => setReporting(ex)}
                        >
                          {t('exhibitions.report')}
                        </Button>
                        {open && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('exhibitions.editOf', { name: ex.name })}
                            onClick={() => {
                              setEditing(ex)
                              setFormOpen(true)
                            }}
                          >
                            {t('exhibitions.edit')}
                          </Button>
                        )}
                        {open && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('exhibitions.closeOf', { name: ex.name })}
                            onClick={() => setClosing(ex)}
                          >
                            {t('exhibitions.close')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ExhibitionForm opened={formOpen} initial={editing} onClose={() => setFormOpen(false)} />
      <CloseExhibitionModal
        exhibition={closing}
        locations={activeLocations}
        onClose={() => setClosing(null)}
        onClosed={() => {
          const closed = closing
          setClosing(null)
          setReporting(closed)
        }}
      />
      <ExhibitionReportModal exhibition={reporting} onClose={() => setReporting(null)} />
    </Stack>
  )
}
