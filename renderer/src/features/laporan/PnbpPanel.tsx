import {
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { PnbpDepositDto } from '../../../../shared/reports/reports-dto'
import { useChannel } from '../../api/hooks'
import { CancelDepositModal } from './CancelDepositModal'
import { DepositModal } from './DepositModal'
import { StatCard } from './StatCard'
import { TargetModal } from './TargetModal'

interface Props {
  month: string
  canEdit: boolean
  /** Every till's PNBP as the hub knew it at the last sync (read-only), not this till's. */
  hub?: boolean
}

export function PnbpPanel({ month, canEdit, hub = false }: Props) {
  const { t } = useTranslation('laporan')
  const { t: th } = useTranslation('hubview')
  const [open, setOpen] = useState<'deposit' | 'target' | null>(null)
  const [cancelling, setCancelling] = useState<PnbpDepositDto | null>(null)
  const own = useChannel('reports:pnbp', { month }, { enabled: !hub })
  const all = useChannel('hubview:pnbp', { month }, { enabled: hub })
  const pnbp = hub ? all : own
  const p = pnbp.data
  if (!p) {
    return pnbp.isError ? <Alert color="red">{pnbp.error.message}</Alert> : null
  }
  const progress = p.target ? Math.min(100, (p.depositedYtd / p.target) * 100) : 0
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('pnbp.heading', { year: p.year })}
            {hub && ` · ${th('scopeHub')}`}
          </Title>
          {canEdit && (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setOpen('target')}>
                {t('pnbp.setTarget')}
              </Button>
              <Button size="xs" onClick={() => setOpen('deposit')}>
                {t('pnbp.addDeposit')}
              </Button>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={4} spacing="xs">
          <StatCard
            label={t('pnbp.target')}
            value={p.target === null ? t('pnbp.noTarget') : formatRupiah(p.target)}
          />
          <StatCard label={t('pnbp.due')} value={formatRupiah(p.dueYtd)} />
          <StatCard label={t('pnbp.deposited')} value={formatRupiah(p.depositedYtd)} strong />
          <StatCard
            label={t('pnbp.outstanding')}
            value={formatRupiah(Math.max(0, p.dueYtd - p.depositedYtd))}
          />
        </SimpleGrid>
        {p.target !== null && p.target > 0 && (
          <Progress value={progress} color="teal" aria-label={t('pnbp.progress')} />
        )}
        <Table striped aria-label={t('pnbp.deposits')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pnbp.date')}</Table.Th>
              <Table.Th>{t('pnbp.billingCode')}</Table.Th>
              <Table.Th>{t('pnbp.ntpn')}</Table.Th>
              <Table.Th>{t('pnbp.by')}</Table.Th>
              <Table.Th ta="right">{t('pnbp.amount')}</Table.Th>
              {canEdit && <Table.Th w={110} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.deposits.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={canEdit ? 6 : 5}>
                  <Text size="sm" c="dimmed">
                    {t('pnbp.noDeposits')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {p.deposits.map((d) => (
              <Table.Tr key={d.id} c={d.cancelled ? 'dimmed' : undefined}>
                <Table.Td>{d.date}</Table.Td>
                <Table.Td>{d.billingCode}</Table.Td>
                <Table.Td>
                  {d.ntpn}
                  {d.cancelled && (
                    <Text size="xs" c="red.8">
                      {t('pnbp.cancelled', { reason: d.cancelled.reason, by: d.cancelled.by })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{d.createdBy}</Table.Td>
                <Table.Td ta="right" td={d.cancelled ? 'line-through' : undefined}>
                  {formatRupiah(d.amount)}
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    {!d.cancelled && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red.9"
                        aria-label={t('pnbp.cancelLabel', {
                          date: d.date,
                          billingCode: d.billingCode,
                        })}
                        onClick={() => setCancelling(d)}
                      >
                        {t('pnbp.cancel')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      <DepositModal opened={open === 'deposit'} onClose={() => setOpen(null)} />
      <CancelDepositModal deposit={cancelling} onClose={() => setCancelling(null)} />
      <TargetModal
        opened={open === 'target'}
        onClose={() => setOpen(null)}
        year={p.year}
        current={p.target}
      />
    </Paper>
  )
}
