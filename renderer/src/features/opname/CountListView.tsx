import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { formatMoment, scopeLabel } from './format'
import { NewCountModal } from './NewCountModal'
import { StateBadge } from './StateBadge'
import { useSeededName } from '../../i18n/use-seeded-name'

export function CountListView({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation('opname')
  const seeded = useSeededName()
  const [creating, setCreating] = useState(false)
  const list = useChannel('opname:list', {})
  const counts = list.data ?? []
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('subtitle')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('newCount')}
        </Button>
      </Group>
      {list.error && (
        <Text c="red" role="alert">
          {list.error.message}
        </Text>
      )}
      {list.data && counts.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('list.empty')}
        </Text>
      ) : (
        <Table highlightOnHover verticalSpacing="sm" aria-label={t('list.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.number')}</Table.Th>
              <Table.Th>{t('list.location')}</Table.Th>
              <Table.Th>{t('list.scope')}</Table.Th>
              <Table.Th>{t('list.pic')}</Table.Th>
              <Table.Th>{t('list.state')}</Table.Th>
              <Table.Th>{t('list.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counts.map((count) => (
              <Table.Tr key={count.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fw={600}
                    onClick={() => onOpen(count.id)}
                  >
                    {count.countNo}
                  </Anchor>
                </Table.Td>
                <Table.Td>{seeded(count.locationName)}</Table.Td>
                <Table.Td>{scopeLabel(t, count.scope)}</Table.Td>
                <Table.Td>{count.personInCharge}</Table.Td>
                <Table.Td>
                  <StateBadge state={count.state} />
                </Table.Td>
                <Table.Td>{formatMoment(count.updatedAt, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NewCountModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false)
          onOpen(id)
        }}
      />
    </Stack>
  )
}
