import { Badge, Button, Group, List, Loader, Stack, Table, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PrinterDetectionDto } from '../../../../../shared/printing/printing-dto'
import type { ApiError } from '../../../api/client'
import { SettingsCard } from '../SettingsCard'

interface Props {
  detection: PrinterDetectionDto | undefined
  error: ApiError | null
  loading: boolean
  onRefresh(): void
}

function Availability({ ok, label }: { ok: boolean; label: string }) {
  const { t } = useTranslation('printing')
  return (
    <Badge color={ok ? 'teal' : 'gray'} variant="light" tt="none">
      {ok ? label : t('settings.detected.unavailable')}
    </Badge>
  )
}

/** Which transports this machine offers right now (`print:detect`), with what was found. */
export function DetectedPrinters({ detection, error, loading, onRefresh }: Props) {
  const { t } = useTranslation('printing')
  return (
    <SettingsCard
      id="printer-detected"
      title={t('settings.detected.title')}
      action={
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={loading}
          onClick={onRefresh}
        >
          {t('settings.detected.refresh')}
        </Button>
      }
    >
      {error ? (
        <Text size="sm" c="red.8" role="alert">
          {t('settings.detected.failed', { message: error.message })}
        </Text>
      ) : !detection ? (
        <Loader size="xs" />
      ) : (
        <Stack gap="xs">
          <Table verticalSpacing={4} aria-label={t('settings.detected.title')}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  {t('settings.detected.network')}
                </Table.Th>
                <Table.Td>
                  <Availability ok label={t('settings.detected.available')} />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  {t('settings.detected.device')}
                </Table.Th>
                <Table.Td>
                  <Availability
                    ok={detection.transports.device}
                    label={t('settings.detected.devices', { count: detection.devices.length })}
                  />
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row" fw={500}>
                  {t('settings.detected.spooler')}
                  {detection.spooler.kind ? ` (${detection.spooler.kind.toUpperCase()})` : ''}
                </Table.Th>
                <Table.Td>
                  <Availability
                    ok={detection.transports.spooler}
                    label={t('settings.detected.queues', {
                      count: detection.spooler.printers.length,
                    })}
                  />
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {(detection.devices.length > 0 || detection.spooler.printers.length > 0) && (
            <List size="sm" spacing={2}>
              {detection.devices.map((device) => (
                <List.Item key={device.path}>
                  <Group gap={6} wrap="nowrap">
                    <Text span ff="monospace" size="sm">
                      {device.path}
                    </Text>
                    <Text span size="xs" c="dimmed">
                      {t(`settings.detected.kinds.${device.kind}`)}
                    </Text>
                  </Group>
                </List.Item>
              ))}
              {detection.spooler.printers.map((queue) => (
                <List.Item key={`queue-${queue}`}>
                  <Text span ff="monospace" size="sm">
                    {queue}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </SettingsCard>
  )
}
