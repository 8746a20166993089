import { Badge, Button, Group, Table, VisuallyHidden } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  methods: PaymentMethodDto[]
  busy: boolean
  onEdit: (method: PaymentMethodDto) => void
  onSetActive: (method: PaymentMethodDto, active: boolean) => void
}

export function PaymentMethodsTable({ methods, busy, onEdit, onSetActive }: Props) {
  const { t } = useTranslation('pengaturan')
  const seeded = useSeededName()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('payments.tableLabel')} striped highlightOnHover verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('payments.name')}</Table.Th>
            <Table.Th>{t('payments.kind')}</Table.Th>
            <Table.Th>{t('payments.reference')}</Table.Th>
            <Table.Th>{t('payments.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('payments.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {methods.map((method) => (
            <Table.Tr key={method.id} c={method.active ? undefined : 'dimmed'}>
              <Table.Td fw={500}>{seeded(method.name)}</Table.Td>
              <Table.Td>{t(`payments.kinds.${method.kind}`)}</Table.Td>
              <Table.Td>
                {t(
                  method.requiresReference
                    ? 'payments.referenceRequired'
                    : 'payments.referenceOptional',
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={method.active ? 'teal' : 'gray'}>
                  {t(method.active ? 'payments.active' : 'payments.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    aria-label={t('payments.editMethod', { name: seeded(method.name) })}
                    onClick={() => onEdit(method)}
                  >
                    {t('payments.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={method.active ? 'red' : 'teal'}
                    disabled={busy}
                    aria-label={t(
                      method.active ? 'payments.deactivateMethod' : 'payments.activateMethod',
                      { name: seeded(method.name) },
                    )}
                    onClick={() => onSetActive(method, !method.active)}
                  >
                    {t(method.active ? 'payments.deactivate' : 'payments.activate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
