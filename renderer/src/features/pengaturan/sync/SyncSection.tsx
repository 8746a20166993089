import {
  Alert,
  Button,
  Group,
  NumberInput,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorCodes, type ErrorCode } from '../../../../../shared/error-codes'
import { errorMessage } from '../../../../../shared/error-messages'
import { isLocale, defaultLocale } from '../../../../../shared/locale'
import { useChannel, useChannelMutation } from '../../../api/hooks'
import { formatBackupDate } from '../data/format-data'
import { SettingsCard } from '../SettingsCard'

const isErrorCode = (code: string): code is ErrorCode =>
  (errorCodes as readonly string[]).includes(code)

/**
 * Pengaturan → Sinkronisasi: join the showroom's hub with the credentials its admin issued,
 * see the last sync and what waits, sync now, leave. Main does the work and the checks.
 */
export function SyncSection() {
  const { t, i18n } = useTranslation('sync')
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const status = useChannel('sync:status', {})
  const join = useChannelMutation('sync:join')
  const leave = useChannelMutation('sync:leave')
  const syncNow = useChannelMutation('sync:now')
  const [form, setForm] = useState({
    host: '',
    port: 5433,
    database: 'etalase_hub',
    role: '',
    password: '',
  })
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const data = status.data
  const when = (ms: number) => formatBackupDate(new Date(ms).toISOString(), i18n.language)

  const lastErrorText = () => {
    const error = data?.lastError
    if (!error) return null
    const params = error.detail ? (JSON.parse(error.detail) as Record<string, string>) : undefined
    const words = isErrorCode(error.code) ? errorMessage(error.code, locale, params) : error.code
    return t('lastError', { at: when(error.at), zone: t('timeZone'), message: words })
  }

  return (
    <SettingsCard id="sync-hub" title={t('title')} description={t('description')}>
      {data?.joined ? (
        <Stack gap="xs">
          <Text size="sm">
            {t('joined', {
              host: data.host,
              port: data.port,
              database: data.database,
              role: data.role,
            })}
          </Text>
          <Text size="sm">
            {data.lastSyncAt
              ? t('lastSync', { at: when(data.lastSyncAt), zone: t('timeZone') })
              : t('neverSynced')}
          </Text>
          <Text size="sm" data-testid="sync-waiting">
            {t('waiting', { count: data.waiting })}
          </Text>
          {data.lastError ? (
            <Alert color="red" variant="light" role="alert">
              {lastErrorText()}
            </Alert>
          ) : null}
          <Group gap="sm">
            <Button
              loading={syncNow.isPending}
              onClick={() =>
                syncNow.mutate(
                  {},
                  {
                    onSuccess: (report) =>
                      setMessage({ ok: true, text: t('synced', { ...report }) }),
                    onError: (e) => setMessage({ ok: false, text: e.message }),
                  },
                )
              }
            >
              {t('syncNow')}
            </Button>
            <Button
              variant="default"
              color="red"
              loading={leave.isPending}
              onClick={() => {
                if (!window.confirm(t('leaveConfirm'))) return
                leave.mutate({}, { onError: (e) => setMessage({ ok: false, text: e.message }) })
              }}
            >
              {t('leave')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            setMessage(null)
            join.mutate(form, {
              onSuccess: () => setForm((f) => ({ ...f, password: '' })),
              onError: (e) => setMessage({ ok: false, text: e.message }),
            })
          }}
        >
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('notJoined')}
            </Text>
            <Group grow align="flex-start">
              <TextInput
                label={t('host')}
                value={form.host}
                onChange={(e) => setForm({ ...form, host: e.currentTarget.value })}
                required
              />
              <NumberInput
                label={t('port')}
                value={form.port}
                min={1}
                max={65535}
                onChange={(value) => setForm({ ...form, port: Number(value) || 0 })}
                required
              />
              <TextInput
                label={t('database')}
                value={form.database}
                onChange={(e) => setForm({ ...form, database: e.currentTarget.value })}
                required
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('role')}
                value={form.role}
                onChange={(e) => setForm({ ...form, role: e.currentTarget.value })}
                autoComplete="off"
                required
              />
              <PasswordInput
                label={t('password')}
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
                autoComplete="off"
                required
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t('credentialsHint')}
            </Text>
            <Group>
              <Button type="submit" loading={join.isPending}>
                {t('join')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {message ? (
        <Text size="sm" c={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </Text>
      ) : null}
    </SettingsCard>
  )
}
