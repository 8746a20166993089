import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupDto, DataCountsDto } from '../../../../../shared/data/data-dto'
import { formatRupiah } from '../../../../../shared/money'
import { useChannel, useChannelMutation } from '../../../api/hooks'
import { PinField } from '../../../components/pin/PinField'
import { formatBackupDate, problemText } from './format-data'

interface Props {
  backup: BackupDto | null
  onClose: () => void
  /** Recovery mode: nobody is signed in, so main asks for an admin PIN of the backup itself. */
  askAdminPin?: boolean
}

const countedRows = ['sales', 'products', 'stock_movements', 'shifts'] as const

/**
 * Shows what a backup holds, checked now, beside today's data, and restores it on a second,
 * explicit confirmation. Works in the recovery screen too (current data is then unknown).
 */
export function RestoreDialog({ backup, onClose, askAdminPin = false }: Props) {
  const { t, i18n } = useTranslation('data')
  const [pin, setPin] = useState('')
  const pinReady = !askAdminPin || /^\d{4,8}$/.test(pin)
  const preview = useChannel(
    'data:restorePreview',
    { id: backup?.id ?? 'primary:etalase-0.sqlite' },
    { enabled: backup !== null, staleTime: 0, gcTime: 0, retry: false },
  )
  const restore = useChannelMutation('data:restore')
  const data = preview.data
  const date = (iso: string | null) =>
    iso ? `${formatBackupDate(iso, i18n.language)} ${t('timeZone')}` : '–'

  const cell = (counts: DataCountsDto | null, row: (typeof countedRows)[number]) =>
    counts ? String(counts.rows[row] ?? 0) : '–'

  return (
    <Modal
      opened={backup !== null}
      onClose={onClose}
      title={t('restore.title')}
      size="lg"
      closeOnClickOutside={!restore.isPending}
    >
      {preview.isLoading ? (
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text>{t('restore.loading')}</Text>
        </Group>
      ) : preview.error ? (
        <Alert color="red" role="alert">
          {preview.error.message}
        </Alert>
      ) : data && backup ? (
        <Stack gap="md">
          <Table variant="vertical" withRowBorders={false} verticalSpacing={4} layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('restore.backupDate')}</Table.Th>
                <Table.Td>{date(backup.createdAt)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('restore.verification')}</Table.Th>
                <Table.Td>
                  <Text c={data.verification.ok ? 'teal.9' : 'red.9'} fw={500} size="sm">
                    {data.verification.ok
                      ? t('restore.verifiedOk', { count: data.verification.chainChecked ?? 0 })
                      : t('restore.verifiedBad', {
                          problem: problemText(t, data.verification.problem),
                        })}
                  </Text>
                  {data.verification.chainBroken ? (
                    <Text size="xs" c="dimmed">
                      {t('restore.brokenAt', data.verification.chainBroken)}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Table withTableBorder verticalSpacing={4}>
            <Table.Caption>{t('restore.compare')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('restore.what')}</Table.Th>
                <Table.Th ta="right">{t('restore.inBackup')}</Table.Th>
                <Table.Th ta="right">{t('restore.now')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {countedRows.map((row) => (
                <Table.Tr key={row}>
                  <Table.Td>{t(`restore.rows.${row}`)}</Table.Td>
                  <Table.Td ta="right">{cell(data.counts, row)}</Table.Td>
                  <Table.Td ta="right">{cell(data.current, row)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td>{t('restore.rows.salesTotal')}</Table.Td>
                <Table.Td ta="right">
                  {data.counts ? formatRupiah(data.counts.salesTotal) : '–'}
                </Table.Td>
                <Table.Td ta="right">
                  {data.current ? formatRupiah(data.current.salesTotal) : '–'}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('restore.rows.lastSaleAt')}</Table.Td>
                <Table.Td ta="right">{date(data.counts?.lastSaleAt ?? null)}</Table.Td>
                <Table.Td ta="right">{date(data.current?.lastSaleAt ?? null)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Alert color="yellow" variant="light">
            {t('restore.warning')}
          </Alert>
          {askAdminPin ? (
            <PinField
              label={t('restore.adminPin')}
              description={t('restore.adminPinHint')}
              value={pin}
              onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
              disabled={restore.isPending || restore.isSuccess}
            />
          ) : null}
          {restore.error ? (
            <Alert color="red" role="alert">
              {restore.error.message}
            </Alert>
          ) : null}
          {restore.isSuccess ? (
            <Alert color="teal" role="status">
              {t('restore.done', { file: restore.data.restoredFrom })}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={restore.isPending}>
              {t('restore.cancel')}
            </Button>
            <Button
              color="red.9"
              disabled={!data.verification.ok || restore.isSuccess || !pinReady}
              loading={restore.isPending}
              onClick={() =>
                restore.mutate(
                  askAdminPin ? { id: backup.id, pin } : { id: backup.id },
                  // The data under every screen changed: start the renderer afresh on it.
                  { onSuccess: () => setTimeout(() => window.location.reload(), 1200) },
                )
              }
            >
              {t('restore.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  )
}
