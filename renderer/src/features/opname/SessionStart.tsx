import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountSessionDto } from '../../../../shared/opname/opname-dto'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  countId: string
  sessions: CountSessionDto[]
  onStarted: (sessionId: string) => void
}

/** Each counter (or shelf, or area) counts in a session of their own; sessions add up. */
export function SessionStart({ countId, sessions, onStarted }: Props) {
  const { t } = useTranslation('opname')
  const open = useChannelMutation('opname:openSession')
  const [label, setLabel] = useState('')
  return (
    <Paper withBorder p="md" maw={720}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!label.trim()) return
          open.mutate({ countId, label }, { onSuccess: (session) => onStarted(session.id) })
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{t('session.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('session.body')}
          </Text>
          <Group align="flex-end">
            <TextInput
              label={t('session.label')}
              placeholder={t('session.placeholder')}
              value={label}
              onChange={(event) => setLabel(event.currentTarget.value)}
              maxLength={60}
              w={360}
              data-autofocus
              autoFocus
            />
            <Button type="submit" loading={open.isPending} disabled={!label.trim()}>
              {t('session.start')}
            </Button>
          </Group>
          {open.error && (
            <Text c="red" size="sm" role="alert">
              {open.error.message}
            </Text>
          )}
          {sessions.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('session.join')}
              </Text>
              <Group gap="xs">
                {sessions.map((s) => (
                  <Button key={s.id} variant="light" size="xs" onClick={() => onStarted(s.id)}>
                    {t('session.continue', { label: s.label, user: s.userName })}
                  </Button>
                ))}
              </Group>
            </Stack>
          )}
        </Stack>
      </form>
    </Paper>
  )
}
